<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Portolan %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans Kaspersky Security Center deployments: place zones and devices, and Portolan derives every documented network flow, checks the placement and writes the firewall port checklist.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrangeMenu</name>
    <message>
        <source>A&amp;rrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres on a Vertical Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Horizontal Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasContextMenu</name>
    <message>
        <source>Add &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete “%1” with %n device(s)</source>
        <translation>
            <numerusform>&amp;Delete “%1” with %n device</numerusform>
            <numerusform>&amp;Delete “%1” with %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Selected</source>
        <translation>
            <numerusform>&amp;Delete %n Selected</numerusform>
            <numerusform>&amp;Delete %n Selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the machine of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Own Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow reaches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>Resize “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be dropped inside a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop devices inside a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Drag a zone from the palette onto the canvas, then drag devices into it.
Or select a palette entry and press Enter; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Inside “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall in between unless you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the plan has no network flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall port checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule allows connections from the first device to the second, on the ports given. Numbers refer to the flows of the diagram. Tick a rule once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Boundary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall rules shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan will connect from this machine to the ports of the firewall rules at these addresses written in the plan.

Addresses to contact: %1 (%2)

No other address is contacted; each connection gives up after %3 s. Check now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect from this machine to each TCP rule&apos;s destination address in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall in between unless you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the plan has no network flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistXlsx</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a plan against KSC&apos;s rules and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the network flows a plan needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the firewall port checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write firewall rules: nftables, Windows Firewall or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two plans: rules and findings added and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from this machine which planned TCP ports answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the documented schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new plan from a documented scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reference plan and all its outputs to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan plans Kaspersky Security Center deployments: flows, findings, firewall checklists and diagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portolan COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“portolan COMMAND --help” describes a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, Portolan opens the desktop planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output: en or ru (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portolan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: portolan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate PLAN [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows PLAN [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall to write rules for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall PLAN --target %1 [-o FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewall needs --target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff OLD NEW [--format %1] [-o FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait for each connection (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe PLAN [--timeout MS] [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme to start from (see “templates”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new --template NAME -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write into (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example [-o FOLDER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference plan (connection gateway in the DMZ) written to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One arrow per pair of devices, listing its flow numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a legend: every flow number with its purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the vendor clouds (Kaspersky, Google, Apple) and their flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file name must end in one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi takes a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portolan: no display to open the planner on (DISPLAY is not set). The commands below work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a PNG image in dots per inch (%1–%2, default %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every entry, also those with the same role, zone and flows as another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default): the detailed figure when it fits one page, else the overview; overview: one box per Administration Server; detail: every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one Administration Server&apos;s site in detail, its neighbours as boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF only: the overview, then a page for each Administration Server&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages needs a PDF output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist PLAN [--format %1] [--no-merge] [-o FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule per pair of devices, instead of one rule listing every source (or every destination) that needs the same ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give zones boxes and devices places on the canvas, no two overlapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrange PLAN [-o FILE] [--grid]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the zones and devices in a grid instead of laying them out with Graphviz (the default for plans of more than %1 devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each role as a shape instead of its icon above the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a plan&apos;s traffic diagram as SVG, PNG, PDF, DOT or an editable draw.io file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render PLAN -o FILE.svg|png|pdf|dot|drawio [--format FORMAT] [--dpi N] [--bundle] [--legend] [--no-clouds] [--no-merge] [--no-icons] [--view auto|overview|detail] [--site SERVER_ID] [--pages]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: the output file name&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration Server site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>The detailed figure would have %1 nodes and %2 arrows, too many for one page: drawing the overview, one box per Administration Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure would have %1 nodes and %2 arrows, more than can be laid out in seconds: entries with the same flows are drawn as one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure would have %1 nodes and %2 arrows, more than can be laid out in seconds: drawing the overview, one box per Administration Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of an Administration Server in the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not draw the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not write the DOT text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One arrow per device pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle the flows between two devices into one arrow listing their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every number with its purpose under the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Kaspersky servers, Google FCM and Apple APNs and their flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramViewPicker</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: every entry when the figure fits one page, else the overview. Overview: one box per Administration Server&apos;s site. Site: one server&apos;s site in detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Administration Server whose site is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge same entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw entries with the same role, zone and flows as one node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>an untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan ended without saving your changes to %1. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Saved File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan stopped while opening %1 last time, so it was not opened again. Open it from the File menu when you want to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan had no layout: its zones and devices have been arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan plans (*.portolan.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session could not be read (%1). The file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n device(s) in it? Undo brings them back.</source>
        <translation>
            <numerusform>Delete %1 and the %n device in it? Undo brings it back.</numerusform>
            <numerusform>Delete %1 and the %n devices in it? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a zone first: devices are added to the selected zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is outside every zone and still belongs to “%2”; move it into a zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested repair (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan follows the documented rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSC Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Kaspersky Security Center help page on this finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallExport</name>
    <message>
        <source>flow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>Add a connection gateway to the DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Administration Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch agents to the TLS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Google FCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an iOS MDM Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Apple Push Notification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the connection gateway into the DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Internet access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>The Administration Server stores its data in the database on another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests from the server to the Network Agents it reaches directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests from a distribution point to the Network Agents of its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agent tells the server that the device is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main management channel of the Network Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agents fetch updates and packages from the distribution point of their zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps a signal connection open to the connection gateway and opens data connections on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation through the server&apos;s activation proxy, for devices without their own Internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation and Kaspersky services straight over the device&apos;s own Internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Console (MMC) manages the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications on one host talk locally: no port to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSN, licensing, application and anti-virus database updates between the server and Kaspersky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Console server works with the Administration Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s browser opens the Web Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks Google FCM to wake Android devices up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notification from Google to the Android device (the device keeps the connection to Google open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iOS MDM Server asks Apple to wake iOS devices up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notification from Apple to the iOS device (the device keeps the connection to Apple open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security for Android synchronizes with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile device uses Kaspersky services over its own Internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile device without Internet access reaches Kaspersky through the server (rare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices download installation packages from the Web Server on the Administration Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS device talks to the iOS MDM Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution point sends updates and packages by multicast (KSC port reference, not in the seed figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agents of one network segment send each other connection requests (broadcast domain discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secondary server connects to its primary server and takes updates and licence data through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary server connects to a secondary server that cannot open the connection itself (for example one in the DMZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agents and devices on the mobile protocol keep a connection to the push server on the distribution point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security uses KSN through the Administration Server&apos;s KSN proxy (not in the seed figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security uses KSN through the KSN proxy on the distribution point of its zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphBudget</name>
    <message>
        <source>the diagram is too large to draw: %1 zones, the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram is too large to draw: %1 nodes (devices and layout helpers), the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram is too large to draw: %1 arrows (flows and layout helpers), the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plan file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Portolan User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineRename</name>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>is a folder, not a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; plan files are limited to %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing arrived for %1 seconds; gave up reading (a pipe or FIFO nobody writes to?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB; plan files are limited to %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KscHelpLinks</name>
    <message>
        <source>Open KSC Documentation for Flow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>As the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the derived flows as numbered arrows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the port settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Saved File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrange Zones and Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall Rules for &amp;nftables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall Rules for &amp;Windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall Rules as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Portolan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram as draw.io…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one of the deployment schemes KSC documents, or from an empty plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>%1: host name %2, add its addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an IP address, add the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no address in the plan, add the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: one end has an IPv4 address, the other an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan: firewall rules for the KSC plan “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the port checklist. Fill in the empty sets, review, then set the policy to drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the subnets given in the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputController</name>
    <message>
        <source>Cannot export the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is the input plan; write the output to another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search zones and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the canvas to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelContextMenus</name>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Flows on the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only This &amp;Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open KSC &amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCountsLabel</name>
    <message>
        <source>Device entries: %1 · Flows: %2 · Errors: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>Rules to add (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules to remove (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that now serve other flows (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that appear (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that disappear (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in rules or findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDiffDialog</name>
    <message>
        <source>Compare with Saved File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the saved file %1 to the open plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; valid values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown port name; valid names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;portolan-plan&quot;; this is not a Portolan plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this Portolan reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an IPv4 or IPv6 address, a host name, or CIDR subnets separated by commas (10.1.0.0/16, fd00::/8), found “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 zones; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1; plan files must be UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan would take %2 MB; plan files are limited to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false on a %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the id of a gateway on a %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>local, in place of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(push; opened by the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the placement follows the documented rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>Microsoft SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL or Postgres Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agent: connection requests (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Server: shutdown notices (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Server: agents and secondary servers (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Server: agents without TLS (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agent as gateway or distribution point (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation proxy for computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Console (MMC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Server: Web Console (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Console for browsers (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS to vendor services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile devices (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile devices, second port (TLS; its exact listener is not documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation proxy for mobile devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Server: installation packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Server: installation packages (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS MDM Server (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agent: multicast (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push server on a distribution point (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google FCM, first port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google FCM, second port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google FCM, third port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple push service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration Server: KSN proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSN proxy on a distribution point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortSettingsDialog</name>
    <message>
        <source>Port settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSC lets administrators change its ports. Enter a port only where your installation differs from the default; every derived rule follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agents use the legacy port without TLS (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to %1: check %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed devices use KSN through a KSN proxy (flow K1; on by default in KSC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate “%1”, expires %2, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate “%1”, expires %2, not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability from this machine: “%1” (timeout %2 ms per connection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>Rename the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many devices this entry stands for (1 to %L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has its own Internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as connection gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as push server (port 13295)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (up to 100,000 devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux (up to 50,000 devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones: %1
Devices: %L2
Flows: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a zone or device on the canvas to edit it. Port overrides and the legacy agent port are in the port settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the corners of a selected zone to resize it; its devices move with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is a primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by host and zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local, no port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows: nothing connects to or from this device in this placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count must be a whole number from 1 to %L1; the plan keeps %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the count of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the host of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address, host name or subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address, a host name or a list of subnets (10.1.0.0/16, fd00::/8); the plan keeps “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices: %1</source>
        <translation>
            <numerusform>%n device: %1</numerusform>
            <numerusform>%n devices: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n devices</source>
        <translation>
            <numerusform>Change %n device</numerusform>
            <numerusform>Change %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>KSN proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts as KSN proxy for the devices of its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow&apos;s number opens its topic in the KSC documentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>probing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verifiable by a connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine has no TLS library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name did not resolve within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: a subnet, not one host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachabilitySummary</name>
    <message>
        <source>TLS: %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connected on %1 of %2 ports tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the TLS check failed on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administration Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Administration Server(s)</source>
        <translation>
            <numerusform>%n Administration Server</numerusform>
            <numerusform>%n Administration Servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database server(s)</source>
        <translation>
            <numerusform>%n database server</numerusform>
            <numerusform>%n database servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration Console (MMC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Administration Console(s)</source>
        <translation>
            <numerusform>%n Administration Console</numerusform>
            <numerusform>%n Administration Consoles</numerusform>
        </translation>
    </message>
    <message>
        <source>Web Console server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Web Console server(s)</source>
        <translation>
            <numerusform>%n Web Console server</numerusform>
            <numerusform>%n Web Console servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator&apos;s browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n administrator&apos;s browser(s)</source>
        <translation>
            <numerusform>%n administrator&apos;s browser</numerusform>
            <numerusform>%n administrator&apos;s browsers</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection gateway(s)</source>
        <translation>
            <numerusform>%n connection gateway</numerusform>
            <numerusform>%n connection gateways</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n distribution point(s)</source>
        <translation>
            <numerusform>%n distribution point</numerusform>
            <numerusform>%n distribution points</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n managed computer(s)</source>
        <translation>
            <numerusform>%n managed computer</numerusform>
            <numerusform>%n managed computers</numerusform>
        </translation>
    </message>
    <message>
        <source>Android device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Android device(s)</source>
        <translation>
            <numerusform>%n Android device</numerusform>
            <numerusform>%n Android devices</numerusform>
        </translation>
    </message>
    <message>
        <source>iOS device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n iOS device(s)</source>
        <translation>
            <numerusform>%n iOS device</numerusform>
            <numerusform>%n iOS devices</numerusform>
        </translation>
    </message>
    <message>
        <source>iOS MDM Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n iOS MDM Server(s)</source>
        <translation>
            <numerusform>%n iOS MDM Server</numerusform>
            <numerusform>%n iOS MDM Servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reverse prox(ies)</source>
        <translation>
            <numerusform>%n reverse proxy</numerusform>
            <numerusform>%n reverse proxies</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaspersky servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Kaspersky server group(s)</source>
        <translation>
            <numerusform>%n Kaspersky server group</numerusform>
            <numerusform>%n Kaspersky server groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Google FCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Google FCM service(s)</source>
        <translation>
            <numerusform>%n Google FCM service</numerusform>
            <numerusform>%n Google FCM services</numerusform>
        </translation>
    </message>
    <message>
        <source>Apple Push Notification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Apple push service(s)</source>
        <translation>
            <numerusform>%n Apple push service</numerusform>
            <numerusform>%n Apple push services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvgExport</name>
    <message>
        <source>PNG and PDF export need a graphical application object (the offscreen platform is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram&apos;s SVG could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels at %3 dpi, more than %4 million; this diagram allows at most %5 dpi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple APNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch 1 computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch 2 computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch office 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch office 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaspersky servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL on KSC-BR2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-site laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL on KSC-BR1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary server in the LAN and two secondary servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on KSC-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL on KSC-DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in the DMZ, devices on the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, connection gateway in the DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS MDM Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Server in the LAN, devices on the Internet, connection gateway in the DMZ (the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary server in the LAN and two secondary servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in the DMZ, devices on the Internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The id “%1” is used more than once; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each zone and device its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in any zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place it in the LAN, the DMZ or the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names zone “%2”, which the plan does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shares the host of “%2”, which is not a device of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an existing device as the host, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shares a machine with “%2” but is placed in another zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both in the same zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: property “%2” names “%3”, which is not an Administration Server of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an existing Administration Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: property “gateway” names “%2”, which is not a connection gateway of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an existing connection gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has managed devices but no Administration Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Administration Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the devices between secondary servers in a hierarchy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no database server in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database server, on the same host or its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no Internet access: updates, KSN and licence data have to be moved by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server Internet access, or plan the manual transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot reach the iOS MDM Server “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the iOS MDM Server on the connection gateway&apos;s host in the DMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot reach its Administration Server “%2”: nothing connects its zone to the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection gateway to the DMZ, or publish the server through a reverse proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection gateway “%1” is not in a DMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the connection gateway into the DMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection gateway “%1” is set to connect through another gateway, “%2”; gateways cannot be chained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the server connect to each gateway directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot open the signal connection to the gateway “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the gateway where the server can connect to it: the DMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another connection gateway and split the devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another distribution point as push server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intermediate level to the hierarchy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is, through its primaries, its own primary server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the server hierarchy a tree: clear one of the primary links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server “%1” is on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in the LAN and let only the Administration Server reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Administration Server “%1” sits directly on the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the server in the LAN or the DMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1 opens the management port %2 of “%3” to the Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the server from the LAN, or over a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Web Console “%1” is opened to the Internet on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let administrators reach the Web Console from the LAN or over a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1 is opened from the DMZ into the LAN (“%2” to “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” into the LAN, or accept this rule on the inner firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android devices of “%1” have no way to Google FCM: the server cannot wake them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Google FCM to the Internet zone and give the server Internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS devices have no iOS MDM Server to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an iOS MDM Server on the Administration Server&apos;s or the gateway&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has iOS devices but no Apple Push Notification service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Apple Push Notification service to the Internet zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Agents use the legacy port %1 without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the agents to the TLS port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” manages %n device(s); one Administration Server handles up to %2.</source>
        <translation>
            <numerusform>“%1” manages %n device; one Administration Server handles up to %2.</numerusform>
            <numerusform>“%1” manages %n devices; one Administration Server handles up to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connect through “%1”; one connection gateway handles up to %2.</source>
        <translation>
            <numerusform>%n device connect through “%1”; one connection gateway handles up to %2.</numerusform>
            <numerusform>%n devices connect through “%1”; one connection gateway handles up to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The push server on “%1” has %n client(s); it holds up to %2 connections.</source>
        <translation>
            <numerusform>The push server on “%1” has %n client; it holds up to %2 connections.</numerusform>
            <numerusform>The push server on “%1” has %n clients; it holds up to %2 connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n secondary server(s); a primary server takes up to %2.</source>
        <translation>
            <numerusform>“%1” has %n secondary server; a primary server takes up to %2.</numerusform>
            <numerusform>“%1” has %n secondary servers; a primary server takes up to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the secondary server “%1” nor its primary server “%2” can open the connection between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the secondary where its primary can reach it, or clear “connectedBy”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” hosts %n virtual Administration Server(s); one server takes up to %2.</source>
        <translation>
            <numerusform>“%1” hosts %n virtual Administration Server; one server takes up to %2.</numerusform>
            <numerusform>“%1” hosts %n virtual Administration Servers; one server takes up to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread the virtual servers over more physical Administration Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iOS MDM Server “%1” has no Internet access: it cannot ask Apple to wake iOS devices up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the iOS MDM Server Internet access (HTTPS to Apple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is set to run on its own host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run on each other&apos;s hosts in a ring: none of them is a machine of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the devices of one machine on one host device, which itself has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the KSN proxy of managed devices but has no Internet access: their KSN requests go no further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server Internet access, or turn the KSN proxy off in the plan&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KSN proxy on “%1” has no way to KSN: it reaches neither an Administration Server with Internet access nor the Internet itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the distribution point Internet access, or let its devices use the server&apos;s KSN proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsFirewallExport</name>
    <message>
        <source>(The plan gives no IP address for %1: narrow RemoteAddress.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan: Windows Firewall inbound rules for the KSC plan “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run each host&apos;s section in an elevated PowerShell on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Windows host in the plan answers a connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <source>LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomLabel</name>
    <message>
        <source>Zoom %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
