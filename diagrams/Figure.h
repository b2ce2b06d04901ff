#pragma once

#include "diagrams/DiagramOptions.h"
#include "model/Flow.h"

#include <QList>
#include <QString>

// What one figure draws, before Graphviz: nodes standing for plan entries and arrows between
// them. FigureBuilder decides it (merging, views, budget); GraphBuilder only draws it.
// What a site box says about the entries it stands for.
struct SiteCounts
{
    qint64 devices = 0; // computers and mobile devices, each entry by its count
    int gateways = 0;   // connection gateways and other entries that act as one
    int distributionPoints = 0;
    int findings = 0; // of the plan's findings, those naming an entry of the box
    int sites = 0;    // Administration Servers
};

struct FigureNode
{
    QList<int> devices; // positions in plan.devices of every entry the node stands for
    int device = -1;    // the entry it is named after: the first one, or the site's server
    bool site = false;  // a whole site (a server with its zones and devices) as one box
    SiteCounts counts;  // for a site box
    QString zone;       // id of the zone box it is drawn in; empty: outside every zone box
    int column = 0;     // left to right: LAN, DMZ, Internet (a site box: its depth)
};

struct FigureArrow
{
    int from = -1; // node positions
    int to = -1;
    QList<Flow> flows;
};

struct Figure
{
    DiagramOptions::View view = DiagramOptions::View::Detail;
    QList<FigureNode> nodes;
    QList<FigureArrow> arrows;
    bool numbersOnly = false; // arrows say only their numbers, the legend their purpose
    QString notice;           // why the figure differs from what was asked, for standard error
};
