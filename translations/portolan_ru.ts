<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Portolan</source>
        <translation>О программе Portolan</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Portolan %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans Kaspersky Security Center deployments: place zones and devices, and Portolan derives every documented network flow, checks the placement and writes the firewall port checklist.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Portolan %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Планирование развертывания Kaspersky Security Center: разместите зоны и устройства, а Portolan выведет все сетевые потоки из документации, проверит размещение и составит перечень портов для сетевого экрана.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArrangeMenu</name>
    <message>
        <source>A&amp;rrange</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>Выровнять по &amp;левому краю</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Выровнять по &amp;правому краю</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Выровнять по &amp;верхнему краю</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Выровнять по &amp;нижнему краю</translation>
    </message>
    <message>
        <source>Align &amp;Centres on a Vertical Line</source>
        <translation>Выровнять &amp;центры по вертикали</translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Horizontal Line</source>
        <translation>Выровнять центры по &amp;горизонтали</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Распределить по гори&amp;зонтали</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Распределить по в&amp;ертикали</translation>
    </message>
</context>
<context>
    <name>CanvasContextMenu</name>
    <message>
        <source>Add &amp;Zone</source>
        <translation>Добавить &amp;зону</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;се</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Add &amp;Device</source>
        <translation>Добавить &amp;устройство</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>&amp;Удалить «%1»</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete “%1” with %n device(s)</source>
        <translation>
            <numerusform>&amp;Удалить «%1» с %n устройством</numerusform>
            <numerusform>&amp;Удалить «%1» с %n устройствами</numerusform>
            <numerusform>&amp;Удалить «%1» с %n устройствами</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>Показать &amp;потоки</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Selected</source>
        <translation>
            <numerusform>&amp;Удалить %n выбранный</numerusform>
            <numerusform>&amp;Удалить %n выбранных</numerusform>
            <numerusform>&amp;Удалить %n выбранных</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs &amp;On</source>
        <translation>&amp;Работает на</translation>
    </message>
    <message>
        <source>Change the machine of “%1”</source>
        <translation>Смена компьютера для «%1»</translation>
    </message>
    <message>
        <source>Its Own Machine</source>
        <translation>Собственный компьютер</translation>
    </message>
    <message>
        <source>No flow reaches “%1”.</source>
        <translation>Ни один поток не касается «%1».</translation>
    </message>
    <message>
        <source>Flows of “%1”: %2</source>
        <translation>Потоки «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <source>Resize “%1”</source>
        <translation>Изменение размера «%1»</translation>
    </message>
    <message>
        <source>“%1” must be dropped inside a zone.</source>
        <translation>«%1»: устройство нужно поместить внутрь зоны.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Перемещение «%1»</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Drop devices inside a zone.</source>
        <translation>Поместите устройства внутрь зоны.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Drag a zone from the palette onto the canvas, then drag devices into it.
Or select a palette entry and press Enter; right-click for more.</source>
        <translation>Перетащите зону из палитры на холст, затем перетащите в неё устройства.
Или выберите элемент палитры и нажмите Enter; больше действий — по правой кнопке мыши.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Inside “%1”</source>
        <translation>Внутри зоны «%1»</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Untitled plan</source>
        <translation>План без названия</translation>
    </message>
    <message>
        <source>No firewall in between unless you have one.</source>
        <translation>Между устройствами нет сетевого экрана, если вы его не установили.</translation>
    </message>
    <message>
        <source>No rules: the plan has no network flows.</source>
        <translation>Правил нет: в плане нет сетевых потоков.</translation>
    </message>
    <message>
        <source>Firewall port checklist</source>
        <translation>Перечень портов для сетевого экрана</translation>
    </message>
    <message>
        <source>Each rule allows connections from the first device to the second, on the ports given. Numbers refer to the flows of the diagram. Tick a rule once it is open.</source>
        <translation>Каждое правило разрешает подключения от первого устройства ко второму по указанным портам. Номера соответствуют потокам на схеме. Отметьте правило, когда порты открыты.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>No diagram: %1</source>
        <translation>Схемы нет: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Boundary</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Доступность</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Boundary:</source>
        <translation>Граница:</translation>
    </message>
    <message>
        <source>All boundaries</source>
        <translation>Все границы</translation>
    </message>
    <message>
        <source>Firewall rules shown: %1 of %2</source>
        <translation>Показано правил сетевого экрана: %1 из %2</translation>
    </message>
    <message>
        <source>Check Reachability</source>
        <translation>Проверить доступность</translation>
    </message>
    <message>
        <source>Portolan will connect from this machine to the ports of the firewall rules at these addresses written in the plan.

Addresses to contact: %1 (%2)

No other address is contacted; each connection gives up after %3 s. Check now?</source>
        <translation>Portolan подключится с этого компьютера к портам правил сетевого экрана по адресам, указанным в плане.

Адреса для подключения: %1 (%2)

К другим адресам подключений не будет; каждое подключение прерывается через %3 с. Проверить сейчас?</translation>
    </message>
    <message>
        <source>Try to connect from this machine to each TCP rule&apos;s destination address in the plan</source>
        <translation>Попробовать подключиться с этого компьютера к адресу назначения каждого правила TCP из плана</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>Untitled plan</source>
        <translation>План без названия</translation>
    </message>
    <message>
        <source>Port checklist: %1</source>
        <translation>Перечень портов: %1</translation>
    </message>
    <message>
        <source>No firewall in between unless you have one.</source>
        <translation>Между устройствами нет сетевого экрана, если вы его не установили.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>No rules: the plan has no network flows.</source>
        <translation>Правил нет: в плане нет сетевых потоков.</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>потоки</translation>
    </message>
</context>
<context>
    <name>ChecklistXlsx</name>
    <message>
        <source>Source</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Адрес (откуда)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Адрес (куда)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>не удаётся создать книгу %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правил</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>cannot add the sheet “%1”</source>
        <translation>не удаётся добавить лист «%1»</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>не удаётся записать книгу: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check a plan against KSC&apos;s rules and limits</source>
        <translation>Проверить план на соответствие правилам и ограничениям KSC</translation>
    </message>
    <message>
        <source>List the network flows a plan needs</source>
        <translation>Вывести сетевые потоки, необходимые для плана</translation>
    </message>
    <message>
        <source>Write the firewall port checklist</source>
        <translation>Создать перечень портов для сетевого экрана</translation>
    </message>
    <message>
        <source>Write firewall rules: nftables, Windows Firewall or CSV</source>
        <translation>Создать правила сетевого экрана: nftables, брандмауэр Windows или CSV</translation>
    </message>
    <message>
        <source>Compare two plans: rules and findings added and removed</source>
        <translation>Сравнить два плана: добавленные и удаленные правила и замечания</translation>
    </message>
    <message>
        <source>Check from this machine which planned TCP ports answer</source>
        <translation>Проверить с этого компьютера, какие TCP-порты из плана отвечают</translation>
    </message>
    <message>
        <source>List the documented schemes</source>
        <translation>Вывести список схем из документации</translation>
    </message>
    <message>
        <source>Write a new plan from a documented scheme</source>
        <translation>Создать новый план по схеме из документации</translation>
    </message>
    <message>
        <source>Write the reference plan and all its outputs to a folder</source>
        <translation>Записать эталонный план и все результаты по нему в папку</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Показать эту справку</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Portolan plans Kaspersky Security Center deployments: flows, findings, firewall checklists and diagrams.</source>
        <translation>Portolan планирует развертывание Kaspersky Security Center: потоки, замечания, перечни портов для сетевых экранов и схемы.</translation>
    </message>
    <message>
        <source>Usage: portolan COMMAND [options]</source>
        <translation>Использование: portolan КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>“portolan COMMAND --help” describes a command&apos;s options.</source>
        <translation>«portolan КОМАНДА --help» описывает параметры команды.</translation>
    </message>
    <message>
        <source>Without a command, Portolan opens the desktop planner.</source>
        <translation>Без команды Portolan открывает графический планировщик.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Формат вывода: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Записать в ФАЙЛ вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Language of the output: en or ru (default: the system&apos;s).</source>
        <translation>Язык вывода: en или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>portolan %1</source>
        <translation>portolan %1</translation>
    </message>
    <message>
        <source>--lang takes one of: %1</source>
        <translation>--lang принимает одно из значений: %1</translation>
    </message>
    <message>
        <source>usage: portolan %1</source>
        <translation>использование: portolan %1</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2</source>
        <translation>--%1 принимает одно из значений: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <source>validate PLAN [--format text|json]</source>
        <translation>validate ПЛАН [--format text|json]</translation>
    </message>
    <message>
        <source>flows PLAN [--format text|json]</source>
        <translation>flows ПЛАН [--format text|json]</translation>
    </message>
    <message>
        <source>Firewall to write rules for: %1.</source>
        <translation>Сетевой экран, для которого создаются правила: %1.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>firewall PLAN --target %1 [-o FILE]</source>
        <translation>firewall ПЛАН --target %1 [-o ФАЙЛ]</translation>
    </message>
    <message>
        <source>firewall needs --target %1</source>
        <translation>для firewall нужен параметр --target %1</translation>
    </message>
    <message>
        <source>diff OLD NEW [--format %1] [-o FILE]</source>
        <translation>diff СТАРЫЙ НОВЫЙ [--format %1] [-o ФАЙЛ]</translation>
    </message>
    <message>
        <source>Milliseconds to wait for each connection (default %1).</source>
        <translation>Время ожидания каждого подключения в миллисекундах (по умолчанию %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>probe PLAN [--timeout MS] [--format text|json]</source>
        <translation>probe ПЛАН [--timeout МС] [--format text|json]</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 1 to 600000</source>
        <translation>--timeout принимает значение в миллисекундах от 1 до 600000</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>templates</translation>
    </message>
    <message>
        <source>The scheme to start from (see “templates”).</source>
        <translation>Исходная схема (см. «templates»).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>new --template NAME -o FILE</source>
        <translation>new --template ИМЯ -o ФАЙЛ</translation>
    </message>
    <message>
        <source>new needs -o FILE</source>
        <translation>для new нужен параметр -o ФАЙЛ</translation>
    </message>
    <message>
        <source>Folder to write into (created if missing).</source>
        <translation>Папка для записи (создается, если ее нет).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>example [-o FOLDER]</source>
        <translation>example [-o ПАПКА]</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удалось создать папку %1</translation>
    </message>
    <message>
        <source>Reference plan (connection gateway in the DMZ) written to:</source>
        <translation>Эталонный план (шлюз соединения в ДМЗ) записан в файлы:</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>One arrow per pair of devices, listing its flow numbers.</source>
        <translation>Одна стрелка на каждую пару устройств с номерами ее потоков.</translation>
    </message>
    <message>
        <source>Add a legend: every flow number with its purpose.</source>
        <translation>Добавить легенду: номер каждого потока и его назначение.</translation>
    </message>
    <message>
        <source>Leave out the vendor clouds (Kaspersky, Google, Apple) and their flows.</source>
        <translation>Не показывать облачные службы производителей (Kaspersky, Google, Apple) и их потоки.</translation>
    </message>
    <message>
        <source>render needs -o FILE</source>
        <translation>для render нужен параметр -o ФАЙЛ</translation>
    </message>
    <message>
        <source>the output file name must end in one of: %1</source>
        <translation>имя выходного файла должно оканчиваться одним из расширений: %1</translation>
    </message>
    <message>
        <source>--dpi takes a number from %1 to %2</source>
        <translation>--dpi принимает число от %1 до %2</translation>
    </message>
    <message>
        <source>portolan: no display to open the planner on (DISPLAY is not set). The commands below work without one.</source>
        <translation>portolan: нет дисплея, чтобы открыть планировщик (переменная DISPLAY не задана). Команды ниже работают без него.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version</source>
        <translation>Показать версию программы</translation>
    </message>
    <message>
        <source>Resolution of a PNG image in dots per inch (%1–%2, default %3).</source>
        <translation>Разрешение изображения PNG в точках на дюйм (%1–%2, по умолчанию %3).</translation>
    </message>
    <message>
        <source>checklist PLAN [--format %1] [--no-merge] [-o FILE]</source>
        <translation>checklist ПЛАН [--format %1] [--no-merge] [-o ФАЙЛ]</translation>
    </message>
    <message>
        <source>One rule per pair of devices, instead of one rule listing every source (or every destination) that needs the same ports.</source>
        <translation>Одно правило на каждую пару устройств вместо одного правила со всеми источниками (или всеми назначениями), которым нужны те же порты.</translation>
    </message>
    <message>
        <source>Give zones boxes and devices places on the canvas, no two overlapping</source>
        <translation>Расставить зоны и устройства на схеме без наложений</translation>
    </message>
    <message>
        <source>arrange PLAN [-o FILE] [--grid]</source>
        <translation>arrange ПЛАН [-o ФАЙЛ] [--grid]</translation>
    </message>
    <message>
        <source>Pack the zones and devices in a grid instead of laying them out with Graphviz (the default for plans of more than %1 devices).</source>
        <translation>Разложить зоны и устройства сеткой, а не раскладкой Graphviz (так по умолчанию для планов больше чем из %1 устройств).</translation>
    </message>
    <message>
        <source>Draw every entry, also those with the same role, zone and flows as another.</source>
        <translation>Рисовать каждую запись, даже если её роль, зона и потоки совпадают с другой.</translation>
    </message>
    <message>
        <source>auto (default): the detailed figure when it fits one page, else the overview; overview: one box per Administration Server; detail: every entry.</source>
        <translation>auto (по умолчанию): подробная схема, если она помещается на страницу, иначе обзор; overview: по блоку на Сервер администрирования; detail: каждая запись.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>Draw one Administration Server&apos;s site in detail, its neighbours as boxes.</source>
        <translation>Нарисовать площадку одного Сервера администрирования подробно, соседей — блоками.</translation>
    </message>
    <message>
        <source>server id</source>
        <translation>id сервера</translation>
    </message>
    <message>
        <source>PDF only: the overview, then a page for each Administration Server&apos;s site.</source>
        <translation>Только PDF: обзор, затем по странице на площадку каждого Сервера администрирования.</translation>
    </message>
    <message>
        <source>--pages needs a PDF output file</source>
        <translation>для --pages нужен выходной файл PDF</translation>
    </message>
    <message>
        <source>Draw each role as a shape instead of its icon above the name.</source>
        <translation>Рисовать каждую роль фигурой, а не значком над именем.</translation>
    </message>
    <message>
        <source>Draw a plan&apos;s traffic diagram as SVG, PNG, PDF, DOT or an editable draw.io file</source>
        <translation>Нарисовать схему сетевых потоков плана в формате SVG, PNG, PDF, DOT или как редактируемый файл draw.io</translation>
    </message>
    <message>
        <source>render PLAN -o FILE.svg|png|pdf|dot|drawio [--format FORMAT] [--dpi N] [--bundle] [--legend] [--no-clouds] [--no-merge] [--no-icons] [--view auto|overview|detail] [--site SERVER_ID] [--pages]</source>
        <translation>render ПЛАН -o ФАЙЛ.svg|png|pdf|dot|drawio [--format ФОРМАТ] [--dpi N] [--bundle] [--legend] [--no-clouds] [--no-merge] [--no-icons] [--view auto|overview|detail] [--site ID_СЕРВЕРА] [--pages]</translation>
    </message>
    <message>
        <source>Output format: %1 (default: the output file name&apos;s extension).</source>
        <translation>Формат вывода: %1 (по умолчанию — по расширению имени выходного файла).</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>The plan has no devices</source>
        <translation>В плане нет устройств</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n устройство</numerusform>
            <numerusform>%n устройства</numerusform>
            <numerusform>%n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration Server site</source>
        <translation>Площадка Сервера администрирования</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>The detailed figure would have %1 nodes and %2 arrows, too many for one page: drawing the overview, one box per Administration Server.</source>
        <translation>Подробная схема содержала бы узлов: %1 и стрелок: %2 — слишком много для одной страницы: рисуется обзор, по блоку на Сервер администрирования.</translation>
    </message>
    <message>
        <source>The figure would have %1 nodes and %2 arrows, more than can be laid out in seconds: entries with the same flows are drawn as one node.</source>
        <translation>Схема содержала бы узлов: %1 и стрелок: %2 — больше, чем раскладывается за секунды: записи с одинаковыми потоками рисуются одним узлом.</translation>
    </message>
    <message>
        <source>The figure would have %1 nodes and %2 arrows, more than can be laid out in seconds: drawing the overview, one box per Administration Server.</source>
        <translation>Схема содержала бы узлов: %1 и стрелок: %2 — больше, чем раскладывается за секунды: рисуется обзор, по блоку на Сервер администрирования.</translation>
    </message>
    <message>
        <source>%1 is not the id of an Administration Server in the plan</source>
        <translation>%1 — не id Сервера администрирования в плане</translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>Graphviz could not lay out the diagram</source>
        <translation>Graphviz не удалось выполнить компоновку схемы</translation>
    </message>
    <message>
        <source>Graphviz could not draw the diagram</source>
        <translation>Graphviz не удалось нарисовать схему</translation>
    </message>
    <message>
        <source>Graphviz could not write the DOT text</source>
        <translation>Graphviz не удалось записать текст DOT</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Drawing…</source>
        <translation>Построение…</translation>
    </message>
    <message>
        <source>The diagram could not be drawn: %1</source>
        <translation>Не удалось построить схему: %1</translation>
    </message>
    <message>
        <source>One arrow per device pair</source>
        <translation>Одна стрелка на пару устройств</translation>
    </message>
    <message>
        <source>Bundle the flows between two devices into one arrow listing their numbers</source>
        <translation>Объединить потоки между двумя устройствами в одну стрелку с перечнем их номеров</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>List every number with its purpose under the figure</source>
        <translation>Перечислить под схемой все номера и назначение потоков</translation>
    </message>
    <message>
        <source>Vendor clouds</source>
        <translation>Облачные службы</translation>
    </message>
    <message>
        <source>Show Kaspersky servers, Google FCM and Apple APNs and their flows</source>
        <translation>Показать серверы «Лаборатории Касперского», Google FCM и Apple APNs и их потоки</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
</context>
<context>
    <name>DiagramViewPicker</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Automatic: every entry when the figure fits one page, else the overview. Overview: one box per Administration Server&apos;s site. Site: one server&apos;s site in detail.</source>
        <translation>Автоматически: все записи, если схема умещается на одной странице, иначе обзор. Обзор: по одному блоку на площадку Сервера администрирования. Площадка: площадка одного сервера подробно.</translation>
    </message>
    <message>
        <source>The Administration Server whose site is drawn</source>
        <translation>Сервер администрирования, площадка которого показана на схеме</translation>
    </message>
    <message>
        <source>Merge same entries</source>
        <translation>Объединять одинаковые записи</translation>
    </message>
    <message>
        <source>Draw entries with the same role, zone and flows as one node</source>
        <translation>Показывать записи с одинаковыми ролью, зоной и потоками одним узлом</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>an untitled plan</source>
        <translation>плане без названия</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохраненных изменений</translation>
    </message>
    <message>
        <source>Portolan ended without saving your changes to %1. Recover them?</source>
        <translation>Работа Portolan завершилась, а изменения в %1 не были сохранены. Восстановить их?</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Не удалось открыть план</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>План без названия</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Сохранение плана</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Не удалось сохранить план</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>В плане есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Ошибка автосохранения: %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Открытие плана</translation>
    </message>
    <message>
        <source>Compare with Saved File</source>
        <translation>Сравнение с сохраненным файлом</translation>
    </message>
    <message>
        <source>Plan not reopened</source>
        <translation>План не открыт снова</translation>
    </message>
    <message>
        <source>Portolan stopped while opening %1 last time, so it was not opened again. Open it from the File menu when you want to try again.</source>
        <translation>В прошлый раз Portolan завершился при открытии %1, поэтому файл не открыт снова. Откройте его из меню «Файл», когда захотите попробовать ещё раз.</translation>
    </message>
    <message>
        <source>The plan had no layout: its zones and devices have been arranged</source>
        <translation>В плане не было расположения: зоны и устройства расставлены автоматически</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>Portolan plans (*.portolan.json *.json);;All files (*)</source>
        <translation>Планы Portolan (*.portolan.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unreadable recovery file</source>
        <translation>Файл восстановления не читается</translation>
    </message>
    <message>
        <source>Unsaved work from an earlier session could not be read (%1). The file was kept as %2.</source>
        <translation>Несохранённую работу из прошлого сеанса не удалось прочитать (%1). Файл сохранён как %2.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Paste</source>
        <translation>Вставка</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублирование</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n device(s) in it? Undo brings them back.</source>
        <translation>
            <numerusform>Удалить %1 и %n устройство в ней? Отмена вернёт их.</numerusform>
            <numerusform>Удалить %1 и %n устройства в ней? Отмена вернёт их.</numerusform>
            <numerusform>Удалить %1 и %n устройств в ней? Отмена вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Удаление зоны</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Расстановка</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Выравнивание</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <source>Select a zone first: devices are added to the selected zone.</source>
        <translation>Сначала выберите зону: устройства добавляются в выбранную зону.</translation>
    </message>
    <message>
        <source>“%1” is outside every zone and still belongs to “%2”; move it into a zone.</source>
        <translation>«%1»: карточка вне всех зон, устройство по-прежнему относится к зоне «%2»; переместите его внутрь зоны.</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Apply the suggested repair (one undo step)</source>
        <translation>Применить предложенное исправление (отменяется одним действием)</translation>
    </message>
    <message>
        <source>No findings: the plan follows the documented rules.</source>
        <translation>Замечаний нет: план соответствует правилам из документации.</translation>
    </message>
    <message>
        <source>KSC Help</source>
        <translation>Справка KSC</translation>
    </message>
    <message>
        <source>Open the Kaspersky Security Center help page on this finding</source>
        <translation>Открыть страницу справки Kaspersky Security Center об этом замечании</translation>
    </message>
</context>
<context>
    <name>FirewallExport</name>
    <message>
        <source>flow %1</source>
        <translation>поток %1</translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message>
        <source>Add a connection gateway to the DMZ</source>
        <translation>Добавление шлюза соединения в ДМЗ</translation>
    </message>
    <message>
        <source>Add an Administration Server</source>
        <translation>Добавление Сервера администрирования</translation>
    </message>
    <message>
        <source>Add a database server</source>
        <translation>Добавление сервера баз данных</translation>
    </message>
    <message>
        <source>Move into the DMZ</source>
        <translation>Перемещение в ДМЗ</translation>
    </message>
    <message>
        <source>Move into the LAN</source>
        <translation>Перемещение в локальную сеть</translation>
    </message>
    <message>
        <source>Switch agents to the TLS port</source>
        <translation>Переключение Агентов администрирования на TLS-порт</translation>
    </message>
    <message>
        <source>Add Google FCM</source>
        <translation>Добавление Google FCM</translation>
    </message>
    <message>
        <source>Add an iOS MDM Server</source>
        <translation>Добавление Сервера iOS MDM</translation>
    </message>
    <message>
        <source>Add the Apple Push Notification service</source>
        <translation>Добавление службы Apple Push Notification</translation>
    </message>
    <message>
        <source>Move the connection gateway into the DMZ</source>
        <translation>Перемещение шлюза соединения в ДМЗ</translation>
    </message>
    <message>
        <source>Give Internet access</source>
        <translation>Дать доступ в интернет</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>The Administration Server stores its data in the database on another host</source>
        <translation>Сервер администрирования хранит данные в базе данных на другом узле</translation>
    </message>
    <message>
        <source>Connection requests from the server to the Network Agents it reaches directly</source>
        <translation>Запросы на связь от Сервера администрирования к Агентам администрирования, доступным ему напрямую</translation>
    </message>
    <message>
        <source>Connection requests from a distribution point to the Network Agents of its zone</source>
        <translation>Запросы на связь от точки распространения к Агентам администрирования ее зоны</translation>
    </message>
    <message>
        <source>Network Agent tells the server that the device is shutting down</source>
        <translation>Агент администрирования сообщает Серверу администрирования о выключении устройства</translation>
    </message>
    <message>
        <source>Main management channel of the Network Agent</source>
        <translation>Основной канал управления Агентом администрирования</translation>
    </message>
    <message>
        <source>Network Agents fetch updates and packages from the distribution point of their zone</source>
        <translation>Агенты администрирования получают обновления и пакеты с точки распространения своей зоны</translation>
    </message>
    <message>
        <source>The server keeps a signal connection open to the connection gateway and opens data connections on request</source>
        <translation>Сервер администрирования поддерживает сигнальное соединение со шлюзом соединения и по его запросу открывает соединения для передачи данных</translation>
    </message>
    <message>
        <source>Activation through the server&apos;s activation proxy, for devices without their own Internet access</source>
        <translation>Активация через прокси-сервер активации на Сервере администрирования для устройств без собственного доступа в интернет</translation>
    </message>
    <message>
        <source>Activation and Kaspersky services straight over the device&apos;s own Internet access</source>
        <translation>Активация и службы «Лаборатории Касперского» напрямую через собственный доступ устройства в интернет</translation>
    </message>
    <message>
        <source>Administration Console (MMC) manages the server</source>
        <translation>Консоль администрирования на основе MMC управляет Сервером администрирования</translation>
    </message>
    <message>
        <source>Applications on one host talk locally: no port to open</source>
        <translation>Приложения на одном узле обмениваются данными локально: открывать порты не нужно</translation>
    </message>
    <message>
        <source>KSN, licensing, application and anti-virus database updates between the server and Kaspersky</source>
        <translation>Обмен данными KSN, сведениями о лицензиях, обновлениями приложений и антивирусных баз между Сервером администрирования и серверами «Лаборатории Касперского»</translation>
    </message>
    <message>
        <source>Web Console server works with the Administration Server</source>
        <translation>Сервер Kaspersky Security Center Web Console работает с Сервером администрирования</translation>
    </message>
    <message>
        <source>Administrator&apos;s browser opens the Web Console</source>
        <translation>Браузер администратора открывает Kaspersky Security Center Web Console</translation>
    </message>
    <message>
        <source>The server asks Google FCM to wake Android devices up</source>
        <translation>Сервер администрирования просит Google FCM вызвать мобильные устройства Android на связь</translation>
    </message>
    <message>
        <source>Push notification from Google to the Android device (the device keeps the connection to Google open)</source>
        <translation>Push-уведомление от Google на мобильное устройство Android (устройство само поддерживает соединение с Google)</translation>
    </message>
    <message>
        <source>The iOS MDM Server asks Apple to wake iOS devices up</source>
        <translation>Сервер iOS MDM просит Apple вызвать мобильные устройства iOS на связь</translation>
    </message>
    <message>
        <source>Push notification from Apple to the iOS device (the device keeps the connection to Apple open)</source>
        <translation>Push-уведомление от Apple на мобильное устройство iOS (устройство само поддерживает соединение с Apple)</translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security for Android synchronizes with the server</source>
        <translation>Kaspersky Endpoint Security для Android синхронизируется с Сервером администрирования</translation>
    </message>
    <message>
        <source>Mobile device uses Kaspersky services over its own Internet access</source>
        <translation>Мобильное устройство использует службы «Лаборатории Касперского» через собственный доступ в интернет</translation>
    </message>
    <message>
        <source>Mobile device without Internet access reaches Kaspersky through the server (rare)</source>
        <translation>Мобильное устройство без доступа в интернет обращается к серверам «Лаборатории Касперского» через Сервер администрирования (редкий случай)</translation>
    </message>
    <message>
        <source>Devices download installation packages from the Web Server on the Administration Server host</source>
        <translation>Устройства загружают установочные пакеты с веб-сервера на узле Сервера администрирования</translation>
    </message>
    <message>
        <source>iOS device talks to the iOS MDM Server</source>
        <translation>Мобильное устройство iOS обменивается данными с Сервером iOS MDM</translation>
    </message>
    <message>
        <source>Distribution point sends updates and packages by multicast (KSC port reference, not in the seed figure)</source>
        <translation>Точка распространения передает обновления и пакеты многоадресной рассылкой (по справочнику портов KSC; на исходной схеме этого потока нет)</translation>
    </message>
    <message>
        <source>Network Agents of one network segment send each other connection requests (broadcast domain discovery)</source>
        <translation>Агенты администрирования одного сегмента сети отправляют друг другу запросы на подключение (поиск широковещательного домена)</translation>
    </message>
    <message>
        <source>A secondary server connects to its primary server and takes updates and licence data through it</source>
        <translation>Подчиненный Сервер администрирования подключается к главному и получает через него обновления и данные лицензий</translation>
    </message>
    <message>
        <source>The primary server connects to a secondary server that cannot open the connection itself (for example one in the DMZ)</source>
        <translation>Главный Сервер администрирования подключается к подчиненному, который сам не может открыть соединение (например, к серверу в DMZ)</translation>
    </message>
    <message>
        <source>Network Agents and devices on the mobile protocol keep a connection to the push server on the distribution point</source>
        <translation>Агенты администрирования и устройства, управляемые по мобильному протоколу, поддерживают соединение с push-сервером на точке распространения</translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security uses KSN through the Administration Server&apos;s KSN proxy (not in the seed figure)</source>
        <translation>Kaspersky Endpoint Security обращается к KSN через прокси-сервер KSN Сервера администрирования (на исходной схеме не показано)</translation>
    </message>
    <message>
        <source>Kaspersky Endpoint Security uses KSN through the KSN proxy on the distribution point of its zone</source>
        <translation>Kaspersky Endpoint Security обращается к KSN через прокси-сервер KSN на точке распространения своей зоны</translation>
    </message>
</context>
<context>
    <name>GraphBudget</name>
    <message>
        <source>the diagram is too large to draw: %1 zones, the limit is %2</source>
        <translation>схема слишком велика для отрисовки: зон %1, предел %2</translation>
    </message>
    <message>
        <source>the diagram is too large to draw: %1 nodes (devices and layout helpers), the limit is %2</source>
        <translation>схема слишком велика для отрисовки: узлов %1 (устройства и вспомогательные узлы), предел %2</translation>
    </message>
    <message>
        <source>the diagram is too large to draw: %1 arrows (flows and layout helpers), the limit is %2</source>
        <translation>схема слишком велика для отрисовки: стрелок %1 (потоки и вспомогательные связи), предел %2</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Plan file to open</source>
        <translation>Файл плана, который нужно открыть</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Portolan User Guide</source>
        <translation>Руководство пользователя Portolan</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>InlineRename</name>
    <message>
        <source>Rename to “%1”</source>
        <translation>Переименование в «%1»</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>это папка, а не файл плана</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не удалось открыть: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; plan files are limited to %2 MB</source>
        <translation>размер файла — %1 МБ; файл плана не может быть больше %2 МБ</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>nothing arrived for %1 seconds; gave up reading (a pipe or FIFO nobody writes to?)</source>
        <translation>за %1 с ничего не поступило; чтение прекращено (в канал или FIFO никто не пишет?)</translation>
    </message>
    <message>
        <source>more than %1 MB; plan files are limited to %1 MB</source>
        <translation>больше %1 МБ; размер файла плана ограничен %1 МБ</translation>
    </message>
</context>
<context>
    <name>KscHelpLinks</name>
    <message>
        <source>Open KSC Documentation for Flow %1</source>
        <translation>Открыть документацию KSC о потоке %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>As the System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>As the Window</source>
        <translation>Как в окне</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Print Checklist…</source>
        <translation>&amp;Печать перечня портов…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Checklist as &amp;CSV…</source>
        <translation>Перечень портов в &amp;CSV…</translation>
    </message>
    <message>
        <source>Checklist as &amp;HTML…</source>
        <translation>Перечень портов в &amp;HTML…</translation>
    </message>
    <message>
        <source>Checklist as &amp;Markdown…</source>
        <translation>Перечень портов в &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить в&amp;се</translation>
    </message>
    <message>
        <source>Port &amp;Settings…</source>
        <translation>&amp;Настройки портов…</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Порты</translation>
    </message>
    <message>
        <source>Show &amp;Flows</source>
        <translation>Показать &amp;потоки</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Show the derived flows as numbered arrows (%1)</source>
        <translation>Показать выведенные потоки пронумерованными стрелками (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Исходный размер (100 %)</translation>
    </message>
    <message>
        <source>&amp;About Portolan</source>
        <translation>&amp;О программе Portolan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Port checklist</source>
        <translation>Перечень портов</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1[*] — Portolan</source>
        <translation>%1[*] — Portolan</translation>
    </message>
    <message>
        <source>Change the port settings</source>
        <translation>Изменение настроек портов</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Checklist as PDF…</source>
        <translation>Перечень портов в PDF…</translation>
    </message>
    <message>
        <source>Diagram as %1…</source>
        <translation>Схема в %1…</translation>
    </message>
    <message>
        <source>Print &amp;Diagram…</source>
        <translation>Печать &amp;схемы…</translation>
    </message>
    <message>
        <source>Output &amp;Language</source>
        <translation>&amp;Язык выходных документов</translation>
    </message>
    <message>
        <source>&amp;Compare with Saved File…</source>
        <translation>&amp;Сравнить с сохраненным файлом…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Привязка к &amp;сетке</translation>
    </message>
    <message>
        <source>A&amp;rrange Zones and Devices</source>
        <translation>&amp;Расставить зоны и устройства</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Checklist as &amp;XLSX…</source>
        <translation>Перечень портов в &amp;XLSX…</translation>
    </message>
    <message>
        <source>Firewall Rules for &amp;nftables…</source>
        <translation>Правила сетевого экрана для &amp;nftables…</translation>
    </message>
    <message>
        <source>Firewall Rules for &amp;Windows…</source>
        <translation>Правила сетевого экрана для &amp;Windows…</translation>
    </message>
    <message>
        <source>Firewall Rules as CSV…</source>
        <translation>Правила сетевого экрана в CSV…</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Portolan</source>
        <translation>%1 (%2)[*] — Portolan</translation>
    </message>
    <message>
        <source>Diagram as draw.io…</source>
        <translation>Схема в draw.io…</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Start from one of the deployment schemes KSC documents, or from an empty plan:</source>
        <translation>Начните с одной из схем развертывания из документации KSC или с пустого плана:</translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation>Пустой план</translation>
    </message>
</context>
<context>
    <name>NftablesExport</name>
    <message>
        <source>%1: host name %2, add its addresses</source>
        <translation>%1: имя узла %2, добавьте его адреса</translation>
    </message>
    <message>
        <source>%1: %2 is not an IP address, add the addresses</source>
        <translation>%1: %2 — не IP-адрес, добавьте адреса</translation>
    </message>
    <message>
        <source>%1: no address in the plan, add the addresses</source>
        <translation>%1: в плане нет адреса, добавьте адреса</translation>
    </message>
    <message>
        <source>Not written: one end has an IPv4 address, the other an IPv6 address.</source>
        <translation>Правило не записано: у одной стороны адрес IPv4, у другой — IPv6.</translation>
    </message>
    <message>
        <source>Portolan: firewall rules for the KSC plan “%1”.</source>
        <translation>Portolan: правила сетевого экрана для плана KSC «%1».</translation>
    </message>
    <message>
        <source>Made from the port checklist. Fill in the empty sets, review, then set the policy to drop.</source>
        <translation>Составлено по перечню портов. Заполните пустые наборы, проверьте правила, затем задайте политику drop.</translation>
    </message>
    <message>
        <source>%1: the subnets given in the plan</source>
        <translation>%1: подсети, указанные в плане</translation>
    </message>
</context>
<context>
    <name>OutputController</name>
    <message>
        <source>Cannot export the checklist</source>
        <translation>Не удалось экспортировать перечень портов</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <source>Cannot export the diagram</source>
        <translation>Не удалось экспортировать схему</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Экспорт перечня портов</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>Cannot print the diagram</source>
        <translation>Не удалось напечатать схему</translation>
    </message>
    <message>
        <source>Cannot export the firewall rules</source>
        <translation>Не удалось экспортировать правила сетевого экрана</translation>
    </message>
    <message>
        <source>Export firewall rules</source>
        <translation>Экспорт правил сетевого экрана</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>standard output: %1</source>
        <translation>стандартный вывод: %1</translation>
    </message>
    <message>
        <source>%1: this is the input plan; write the output to another file</source>
        <translation>%1: это входной план; запишите результат в другой файл</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Palette</source>
        <translation>Палитра</translation>
    </message>
    <message>
        <source>Search zones and devices</source>
        <translation>Поиск зон и устройств</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Drag onto the canvas to add</source>
        <translation>Перетащите на холст, чтобы добавить</translation>
    </message>
</context>
<context>
    <name>PanelContextMenus</name>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Исправить</translation>
    </message>
    <message>
        <source>Show on the &amp;Plan</source>
        <translation>Показать на &amp;плане</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>&amp;Копировать строку</translation>
    </message>
    <message>
        <source>Show the &amp;Flows on the Plan</source>
        <translation>Показать &amp;потоки на плане</translation>
    </message>
    <message>
        <source>Show Only This &amp;Boundary</source>
        <translation>Только эта &amp;граница</translation>
    </message>
    <message>
        <source>Open KSC &amp;Documentation</source>
        <translation>Открыть &amp;документацию KSC</translation>
    </message>
</context>
<context>
    <name>PlanCountsLabel</name>
    <message>
        <source>Device entries: %1 · Flows: %2 · Errors: %3</source>
        <translation>Записи устройств: %1 · Потоки: %2 · Ошибки: %3</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>Rules to add (%1):</source>
        <translation>Правила для добавления (%1):</translation>
    </message>
    <message>
        <source>Rules to remove (%1):</source>
        <translation>Правила для удаления (%1):</translation>
    </message>
    <message>
        <source>Rules that now serve other flows (%1):</source>
        <translation>Правила, которые теперь обслуживают другие потоки (%1):</translation>
    </message>
    <message>
        <source>Findings that appear (%1):</source>
        <translation>Новые замечания (%1):</translation>
    </message>
    <message>
        <source>Findings that disappear (%1):</source>
        <translation>Замечания, которых больше нет (%1):</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>потоки</translation>
    </message>
    <message>
        <source>Changes from “%1” to “%2”</source>
        <translation>Изменения: «%1» → «%2»</translation>
    </message>
    <message>
        <source>No change in rules or findings.</source>
        <translation>Правила и замечания не изменились.</translation>
    </message>
</context>
<context>
    <name>PlanDiffDialog</name>
    <message>
        <source>Compare with Saved File</source>
        <translation>Сравнение с сохраненным файлом</translation>
    </message>
    <message>
        <source>Changes from the saved file %1 to the open plan:</source>
        <translation>Изменения открытого плана по сравнению с сохраненным файлом %1:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save as Markdown…</source>
        <translation>Сохранить в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cannot save the comparison</source>
        <translation>Не удалось сохранить сравнение</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>Сохранение сравнения</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>ожидалось: %1, получено: %2</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>непустая строка</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>ожидалось целое число от %1 до %2, получено: %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; valid values: %2</source>
        <translation>неизвестное значение &quot;%1&quot;; допустимые значения: %2</translation>
    </message>
    <message>
        <source>width and height must not be negative</source>
        <translation>ширина и высота не могут быть отрицательными</translation>
    </message>
    <message>
        <source>a device id</source>
        <translation>идентификатор устройства</translation>
    </message>
    <message>
        <source>unknown port name; valid names: %1</source>
        <translation>неизвестное имя порта; допустимые имена: %1</translation>
    </message>
    <message>
        <source>expected an object at the top level</source>
        <translation>на верхнем уровне ожидался объект</translation>
    </message>
    <message>
        <source>expected &quot;portolan-plan&quot;; this is not a Portolan plan</source>
        <translation>ожидалось &quot;portolan-plan&quot;; это не план Portolan</translation>
    </message>
    <message>
        <source>version %1 is newer than this Portolan reads (%2)</source>
        <translation>версия %1 новее, чем поддерживает этот выпуск Portolan (%2)</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>expected an IPv4 or IPv6 address, a host name, or CIDR subnets separated by commas (10.1.0.0/16, fd00::/8), found “%1”</source>
        <translation>ожидался адрес IPv4 или IPv6, имя узла или подсети CIDR через запятую (10.1.0.0/16, fd00::/8), найдено «%1»</translation>
    </message>
    <message>
        <source>%1 characters; the limit is %2</source>
        <translation>символов: %1; предел %2</translation>
    </message>
    <message>
        <source>%1 zones; the limit is %2</source>
        <translation>зон: %1; предел %2</translation>
    </message>
    <message>
        <source>%1 devices; the limit is %2</source>
        <translation>устройств: %1; предел %2</translation>
    </message>
    <message>
        <source>the file is %1; plan files must be UTF-8</source>
        <translation>файл в кодировке %1; файлы плана должны быть в UTF-8</translation>
    </message>
    <message>
        <source>%1: the plan would take %2 MB; plan files are limited to %3 MB</source>
        <translation>%1: план занял бы %2 МБ; размер файла плана ограничен %3 МБ</translation>
    </message>
    <message>
        <source>expected true or false on a %1, found %2</source>
        <translation>для роли %1 ожидается true или false, найдено: %2</translation>
    </message>
    <message>
        <source>expected the id of a gateway on a %1, found %2</source>
        <translation>для роли %1 ожидается идентификатор шлюза, найдено: %2</translation>
    </message>
    <message>
        <source>a %1 has no gateway</source>
        <translation>у роли %1 нет шлюза</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>local, in place of %1</source>
        <translation>локально, вместо потока %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>(push; opened by the device)</source>
        <translation>(push; соединение открывает устройство)</translation>
    </message>
    <message>
        <source>The plan has no flows.</source>
        <translation>В плане нет потоков.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>сведения</translation>
    </message>
    <message>
        <source>No findings: the placement follows the documented rules.</source>
        <translation>Замечаний нет: размещение соответствует правилам из документации.</translation>
    </message>
    <message>
        <source>flows: %1</source>
        <translation>потоки: %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>как исправить: %1</translation>
    </message>
</context>
<context>
    <name>Port</name>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL or Postgres Pro</source>
        <translation>PostgreSQL или Postgres Pro</translation>
    </message>
    <message>
        <source>Network Agent: connection requests (UDP)</source>
        <translation>Агент администрирования: запросы на связь (UDP)</translation>
    </message>
    <message>
        <source>Administration Server: shutdown notices (UDP)</source>
        <translation>Сервер администрирования: уведомления о выключении (UDP)</translation>
    </message>
    <message>
        <source>Administration Server: agents and secondary servers (TLS)</source>
        <translation>Сервер администрирования: Агенты администрирования и подчиненные Серверы (TLS)</translation>
    </message>
    <message>
        <source>Administration Server: agents without TLS (legacy)</source>
        <translation>Сервер администрирования: Агенты администрирования без TLS (устаревший вариант)</translation>
    </message>
    <message>
        <source>Network Agent as gateway or distribution point (TLS)</source>
        <translation>Агент администрирования в роли шлюза соединения или точки распространения (TLS)</translation>
    </message>
    <message>
        <source>Activation proxy for computers</source>
        <translation>Прокси-сервер активации для компьютеров</translation>
    </message>
    <message>
        <source>Administration Console (MMC)</source>
        <translation>Консоль администрирования (MMC)</translation>
    </message>
    <message>
        <source>Administration Server: Web Console (TLS)</source>
        <translation>Сервер администрирования: Web Console (TLS)</translation>
    </message>
    <message>
        <source>Web Console for browsers (TLS)</source>
        <translation>Web Console для браузеров (TLS)</translation>
    </message>
    <message>
        <source>HTTPS to vendor services</source>
        <translation>HTTPS к службам производителей</translation>
    </message>
    <message>
        <source>Mobile devices (TLS)</source>
        <translation>Мобильные устройства (TLS)</translation>
    </message>
    <message>
        <source>Mobile devices, second port (TLS; its exact listener is not documented)</source>
        <translation>Мобильные устройства, второй порт (TLS; какая служба принимает на нем подключения, в документации не указано)</translation>
    </message>
    <message>
        <source>Activation proxy for mobile devices</source>
        <translation>Прокси-сервер активации для мобильных устройств</translation>
    </message>
    <message>
        <source>Web Server: installation packages</source>
        <translation>Веб-сервер: установочные пакеты</translation>
    </message>
    <message>
        <source>Web Server: installation packages (HTTPS)</source>
        <translation>Веб-сервер: установочные пакеты (HTTPS)</translation>
    </message>
    <message>
        <source>iOS MDM Server (TLS)</source>
        <translation>Сервер iOS MDM (TLS)</translation>
    </message>
    <message>
        <source>Network Agent: multicast (UDP)</source>
        <translation>Агент администрирования: многоадресная рассылка (UDP)</translation>
    </message>
    <message>
        <source>Push server on a distribution point (TLS)</source>
        <translation>Push-сервер на точке распространения (TLS)</translation>
    </message>
    <message>
        <source>Google FCM, first port</source>
        <translation>Google FCM, первый порт</translation>
    </message>
    <message>
        <source>Google FCM, second port</source>
        <translation>Google FCM, второй порт</translation>
    </message>
    <message>
        <source>Google FCM, third port</source>
        <translation>Google FCM, третий порт</translation>
    </message>
    <message>
        <source>Apple push service</source>
        <translation>Служба push-уведомлений Apple</translation>
    </message>
    <message>
        <source>Administration Server: KSN proxy</source>
        <translation>Сервер администрирования: прокси-сервер KSN</translation>
    </message>
    <message>
        <source>KSN proxy on a distribution point</source>
        <translation>Прокси-сервер KSN на точке распространения</translation>
    </message>
</context>
<context>
    <name>PortSettingsDialog</name>
    <message>
        <source>Port settings</source>
        <translation>Настройки портов</translation>
    </message>
    <message>
        <source>KSC lets administrators change its ports. Enter a port only where your installation differs from the default; every derived rule follows.</source>
        <translation>В KSC администратор может изменить используемые порты. Укажите порт, только если в вашей установке он отличается от порта по умолчанию; все выведенные правила изменятся соответственно.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>В этом плане</translation>
    </message>
    <message>
        <source>Network Agents use the legacy port without TLS (not recommended)</source>
        <translation>Агенты администрирования используют устаревший порт без TLS (не рекомендуется)</translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to %1: check %2.</source>
        <translation>Порт — целое число от 1 до %1: проверьте %2.</translation>
    </message>
    <message>
        <source>Managed devices use KSN through a KSN proxy (flow K1; on by default in KSC)</source>
        <translation>Управляемые устройства обращаются к KSN через прокси-сервер KSN (поток K1; в KSC включено по умолчанию)</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate “%1”, expires %2, verified</source>
        <translation>сертификат «%1», действителен до %2, проверен</translation>
    </message>
    <message>
        <source>certificate “%1”, expires %2, not verified</source>
        <translation>сертификат «%1», действителен до %2, не проверен</translation>
    </message>
    <message>
        <source>flows %1</source>
        <translation>потоки %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>нет правил</translation>
    </message>
    <message>
        <source>Reachability from this machine: “%1” (timeout %2 ms per connection)</source>
        <translation>Доступность с этого компьютера: «%1» (время ожидания — %2 мс на подключение)</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>Rename the plan</source>
        <translation>Переименование плана</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Состав:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>DBMS:</source>
        <translation>СУБД:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Primary server:</source>
        <translation>Главный сервер:</translation>
    </message>
    <message>
        <source>Managed by:</source>
        <translation>Управляющий сервер:</translation>
    </message>
    <message>
        <source>Internet:</source>
        <translation>Интернет:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Шлюз:</translation>
    </message>
    <message>
        <source>Push server:</source>
        <translation>Push-сервер:</translation>
    </message>
    <message>
        <source>Port settings…</source>
        <translation>Настройки портов…</translation>
    </message>
    <message>
        <source>How many devices this entry stands for (1 to %L1)</source>
        <translation>Сколько устройств представляет эта запись (от 1 до %L1)</translation>
    </message>
    <message>
        <source>Has its own Internet access</source>
        <translation>Собственный доступ в интернет</translation>
    </message>
    <message>
        <source>Acts as connection gateway</source>
        <translation>Работает как шлюз соединения</translation>
    </message>
    <message>
        <source>Acts as push server (port 13295)</source>
        <translation>Работает как push-сервер (порт 13295)</translation>
    </message>
    <message>
        <source>Windows (up to 100,000 devices)</source>
        <translation>Windows (до 100 000 устройств)</translation>
    </message>
    <message>
        <source>Linux (up to 50,000 devices)</source>
        <translation>Linux (до 50 000 устройств)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Zones: %1
Devices: %L2
Flows: %3</source>
        <translation>Зоны: %1
Устройства: %L2
Потоки: %3</translation>
    </message>
    <message>
        <source>Select a zone or device on the canvas to edit it. Port overrides and the legacy agent port are in the port settings.</source>
        <translation>Выберите зону или устройство на холсте, чтобы изменить их свойства. Нестандартные порты и устаревший порт Агента администрирования задаются в настройках портов.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Drag the corners of a selected zone to resize it; its devices move with it.</source>
        <translation>Чтобы изменить размер выбранной зоны, перетащите ее углы; устройства зоны перемещаются вместе с ней.</translation>
    </message>
    <message>
        <source>Its own machine</source>
        <translation>Отдельный компьютер</translation>
    </message>
    <message>
        <source>None: this is a primary server</source>
        <translation>Нет: это главный сервер</translation>
    </message>
    <message>
        <source>Automatic (by host and zone)</source>
        <translation>Автоматически (по узлу и зоне)</translation>
    </message>
    <message>
        <source>local, no port</source>
        <translation>локально, без порта</translation>
    </message>
    <message>
        <source>No flows: nothing connects to or from this device in this placement.</source>
        <translation>Потоков нет: при таком размещении к этому устройству и от него никто не подключается.</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Переименование «%1»</translation>
    </message>
    <message>
        <source>Count must be a whole number from 1 to %L1; the plan keeps %L2.</source>
        <translation>Количество должно быть целым числом от 1 до %L1; в плане остается %L2.</translation>
    </message>
    <message>
        <source>Change the count of “%1”</source>
        <translation>Изменение количества «%1»</translation>
    </message>
    <message>
        <source>Change the address of “%1”</source>
        <translation>Изменение адреса «%1»</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>Change the host of “%1”</source>
        <translation>Изменение узла «%1»</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>Изменение типа «%1»</translation>
    </message>
    <message>
        <source>IP address, host name or subnets</source>
        <translation>IP-адрес, имя узла или подсети</translation>
    </message>
    <message>
        <source>“%1” is not an IP address, a host name or a list of subnets (10.1.0.0/16, fd00::/8); the plan keeps “%2”.</source>
        <translation>«%1» — не IP-адрес, не имя узла и не список подсетей (10.1.0.0/16, fd00::/8); в плане остаётся «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n devices: %1</source>
        <translation>
            <numerusform>%n устройство: %1</numerusform>
            <numerusform>%n устройства: %1</numerusform>
            <numerusform>%n устройств: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n devices</source>
        <translation>
            <numerusform>Изменение %n устройства</numerusform>
            <numerusform>Изменение %n устройств</numerusform>
            <numerusform>Изменение %n устройств</numerusform>
        </translation>
    </message>
    <message>
        <source>KSN proxy:</source>
        <translation>Прокси KSN:</translation>
    </message>
    <message>
        <source>Acts as KSN proxy for the devices of its zone</source>
        <translation>Работает как прокси-сервер KSN для устройств своей зоны</translation>
    </message>
    <message>
        <source>A flow&apos;s number opens its topic in the KSC documentation.</source>
        <translation>Номер потока открывает его раздел в документации KSC.</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>probing</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>доступно</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>ошибка TLS</translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation>имя не разрешено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not verifiable by a connect</source>
        <translation>не проверяется подключением</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>нет адреса</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>неверный адрес</translation>
    </message>
    <message>
        <source>this machine has no TLS library</source>
        <translation>на этом компьютере нет библиотеки TLS</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>установка TLS-соединения не завершилась за %1 мс</translation>
    </message>
    <message>
        <source>the name did not resolve within %1 ms</source>
        <translation>не удалось разрешить имя за %1 мс</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>нет ответа в течение %1 мс</translation>
    </message>
    <message>
        <source>skipped: a subnet, not one host</source>
        <translation>пропущено: подсеть, а не один узел</translation>
    </message>
</context>
<context>
    <name>ReachabilitySummary</name>
    <message>
        <source>TLS: %1 until %2</source>
        <translation>TLS: %1, действует до %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>TCP connected on %1 of %2 ports tried</source>
        <translation>TCP-соединение установлено на %1 из %2 проверенных портов</translation>
    </message>
    <message>
        <source>%1; the TLS check failed on %2</source>
        <translation>%1; проверка TLS не пройдена на %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administration Server</source>
        <translation>Сервер администрирования</translation>
    </message>
    <message numerus="yes">
        <source>%n Administration Server(s)</source>
        <translation>
            <numerusform>%n Сервер администрирования</numerusform>
            <numerusform>%n Сервера администрирования</numerusform>
            <numerusform>%n Серверов администрирования</numerusform>
        </translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Сервер баз данных</translation>
    </message>
    <message numerus="yes">
        <source>%n database server(s)</source>
        <translation>
            <numerusform>%n сервер баз данных</numerusform>
            <numerusform>%n сервера баз данных</numerusform>
            <numerusform>%n серверов баз данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Administration Console (MMC)</source>
        <translation>Консоль администрирования (MMC)</translation>
    </message>
    <message numerus="yes">
        <source>%n Administration Console(s)</source>
        <translation>
            <numerusform>%n Консоль администрирования</numerusform>
            <numerusform>%n Консоли администрирования</numerusform>
            <numerusform>%n Консолей администрирования</numerusform>
        </translation>
    </message>
    <message>
        <source>Web Console server</source>
        <translation>Сервер Web Console</translation>
    </message>
    <message numerus="yes">
        <source>%n Web Console server(s)</source>
        <translation>
            <numerusform>%n сервер Kaspersky Security Center Web Console</numerusform>
            <numerusform>%n сервера Kaspersky Security Center Web Console</numerusform>
            <numerusform>%n серверов Kaspersky Security Center Web Console</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator&apos;s browser</source>
        <translation>Браузер администратора</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator&apos;s browser(s)</source>
        <translation>
            <numerusform>%n браузер администратора</numerusform>
            <numerusform>%n браузера администратора</numerusform>
            <numerusform>%n браузеров администратора</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection gateway</source>
        <translation>Шлюз соединения</translation>
    </message>
    <message numerus="yes">
        <source>%n connection gateway(s)</source>
        <translation>
            <numerusform>%n шлюз соединения</numerusform>
            <numerusform>%n шлюза соединения</numerusform>
            <numerusform>%n шлюзов соединения</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation>Точка распространения</translation>
    </message>
    <message numerus="yes">
        <source>%n distribution point(s)</source>
        <translation>
            <numerusform>%n точка распространения</numerusform>
            <numerusform>%n точки распространения</numerusform>
            <numerusform>%n точек распространения</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed computer</source>
        <translation>Управляемый компьютер</translation>
    </message>
    <message numerus="yes">
        <source>%n managed computer(s)</source>
        <translation>
            <numerusform>%n управляемый компьютер</numerusform>
            <numerusform>%n управляемых компьютера</numerusform>
            <numerusform>%n управляемых компьютеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Android device</source>
        <translation>Мобильное устройство Android</translation>
    </message>
    <message numerus="yes">
        <source>%n Android device(s)</source>
        <translation>
            <numerusform>%n мобильное устройство Android</numerusform>
            <numerusform>%n мобильных устройства Android</numerusform>
            <numerusform>%n мобильных устройств Android</numerusform>
        </translation>
    </message>
    <message>
        <source>iOS device</source>
        <translation>Мобильное устройство iOS</translation>
    </message>
    <message numerus="yes">
        <source>%n iOS device(s)</source>
        <translation>
            <numerusform>%n мобильное устройство iOS</numerusform>
            <numerusform>%n мобильных устройства iOS</numerusform>
            <numerusform>%n мобильных устройств iOS</numerusform>
        </translation>
    </message>
    <message>
        <source>iOS MDM Server</source>
        <translation>Сервер iOS MDM</translation>
    </message>
    <message numerus="yes">
        <source>%n iOS MDM Server(s)</source>
        <translation>
            <numerusform>%n Сервер iOS MDM</numerusform>
            <numerusform>%n Сервера iOS MDM</numerusform>
            <numerusform>%n Серверов iOS MDM</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Обратный прокси-сервер</translation>
    </message>
    <message numerus="yes">
        <source>%n reverse prox(ies)</source>
        <translation>
            <numerusform>%n обратный прокси-сервер</numerusform>
            <numerusform>%n обратных прокси-сервера</numerusform>
            <numerusform>%n обратных прокси-серверов</numerusform>
        </translation>
    </message>
    <message>
        <source>Kaspersky servers</source>
        <translation>Серверы «Лаборатории Касперского»</translation>
    </message>
    <message numerus="yes">
        <source>%n Kaspersky server group(s)</source>
        <translation>
            <numerusform>%n группа серверов «Лаборатории Касперского»</numerusform>
            <numerusform>%n группы серверов «Лаборатории Касперского»</numerusform>
            <numerusform>%n групп серверов «Лаборатории Касперского»</numerusform>
        </translation>
    </message>
    <message>
        <source>Google FCM</source>
        <translation>Google FCM</translation>
    </message>
    <message numerus="yes">
        <source>%n Google FCM service(s)</source>
        <translation>
            <numerusform>%n служба Google FCM</numerusform>
            <numerusform>%n службы Google FCM</numerusform>
            <numerusform>%n служб Google FCM</numerusform>
        </translation>
    </message>
    <message>
        <source>Apple Push Notification service</source>
        <translation>Служба Apple Push Notification</translation>
    </message>
    <message numerus="yes">
        <source>%n Apple push service(s)</source>
        <translation>
            <numerusform>%n служба push-уведомлений Apple</numerusform>
            <numerusform>%n службы push-уведомлений Apple</numerusform>
            <numerusform>%n служб push-уведомлений Apple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvgExport</name>
    <message>
        <source>PNG and PDF export need a graphical application object (the offscreen platform is enough)</source>
        <translation>Для экспорта в PNG и PDF нужен объект графического приложения (достаточно платформы offscreen)</translation>
    </message>
    <message>
        <source>The diagram&apos;s SVG could not be read</source>
        <translation>Не удалось прочитать SVG схемы</translation>
    </message>
    <message>
        <source>Not enough memory for the image</source>
        <translation>Недостаточно памяти для изображения</translation>
    </message>
    <message>
        <source>The PNG image could not be written</source>
        <translation>Не удалось записать изображение PNG</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>Не удалось записать PDF</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels at %3 dpi, more than %4 million; this diagram allows at most %5 dpi</source>
        <translation>Изображение при %3 dpi было бы %1 × %2 пикселей, больше %4 млн; для этой схемы допустимо не более %5 dpi</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Admin console</source>
        <translation>Консоль администратора</translation>
    </message>
    <message>
        <source>Admin workstation</source>
        <translation>Рабочее место администратора</translation>
    </message>
    <message>
        <source>Administrator&apos;s device</source>
        <translation>Устройство администратора</translation>
    </message>
    <message>
        <source>Android devices</source>
        <translation>Устройства Android</translation>
    </message>
    <message>
        <source>Apple APNs</source>
        <translation>Apple APNs</translation>
    </message>
    <message>
        <source>Branch 1 computers</source>
        <translation>Компьютеры филиала 1</translation>
    </message>
    <message>
        <source>Branch 2 computers</source>
        <translation>Компьютеры филиала 2</translation>
    </message>
    <message>
        <source>Branch office 1</source>
        <translation>Филиал 1</translation>
    </message>
    <message>
        <source>Branch office 2</source>
        <translation>Филиал 2</translation>
    </message>
    <message>
        <source>Connection gateway</source>
        <translation>Шлюз соединения</translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation>ДМЗ</translation>
    </message>
    <message>
        <source>Distribution point</source>
        <translation>Точка распространения</translation>
    </message>
    <message>
        <source>Everything in the LAN</source>
        <translation>Все в локальной сети</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Головной офис</translation>
    </message>
    <message>
        <source>Head office LAN</source>
        <translation>Локальная сеть головного офиса</translation>
    </message>
    <message>
        <source>Head office computers</source>
        <translation>Компьютеры головного офиса</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>Kaspersky servers</source>
        <translation>Серверы «Лаборатории Касперского»</translation>
    </message>
    <message>
        <source>MySQL on KSC-BR2</source>
        <translation>MySQL на KSC-BR2</translation>
    </message>
    <message>
        <source>Off-site laptops</source>
        <translation>Ноутбуки вне офиса</translation>
    </message>
    <message>
        <source>Office LAN</source>
        <translation>Локальная сеть офиса</translation>
    </message>
    <message>
        <source>Office computers</source>
        <translation>Компьютеры офиса</translation>
    </message>
    <message>
        <source>PostgreSQL on KSC-BR1</source>
        <translation>PostgreSQL на KSC-BR1</translation>
    </message>
    <message>
        <source>Primary server in the LAN and two secondary servers</source>
        <translation>Главный Сервер администрирования в локальной сети и два подчиненных</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Обратный прокси-сервер</translation>
    </message>
    <message>
        <source>SQL on KSC-01</source>
        <translation>SQL на KSC-01</translation>
    </message>
    <message>
        <source>SQL on KSC-DMZ</source>
        <translation>SQL на KSC-DMZ</translation>
    </message>
    <message>
        <source>Server in the DMZ, devices on the Internet</source>
        <translation>Сервер администрирования в ДМЗ, устройства в интернете</translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, connection gateway in the DMZ</source>
        <translation>Сервер администрирования в локальной сети, устройства в интернете, шлюз соединения в ДМЗ</translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, reverse proxy</source>
        <translation>Сервер администрирования в локальной сети, устройства в интернете, обратный прокси-сервер</translation>
    </message>
    <message>
        <source>iOS MDM Server</source>
        <translation>Сервер iOS MDM</translation>
    </message>
    <message>
        <source>iOS devices</source>
        <translation>Устройства iOS</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Server in the LAN, devices on the Internet, connection gateway in the DMZ (the reference)</source>
        <translation>Сервер администрирования в локальной сети, устройства в интернете, шлюз соединения в ДМЗ (эталонная схема)</translation>
    </message>
    <message>
        <source>Everything in the LAN</source>
        <translation>Все в локальной сети</translation>
    </message>
    <message>
        <source>Primary server in the LAN and two secondary servers</source>
        <translation>Главный Сервер администрирования в локальной сети и два подчиненных</translation>
    </message>
    <message>
        <source>Server in the LAN, devices on the Internet, reverse proxy</source>
        <translation>Сервер администрирования в локальной сети, устройства в интернете, обратный прокси-сервер</translation>
    </message>
    <message>
        <source>Server in the DMZ, devices on the Internet</source>
        <translation>Сервер администрирования в ДМЗ, устройства в интернете</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The id “%1” is used more than once; ids must be unique.</source>
        <translation>Идентификатор «%1» используется несколько раз; идентификаторы должны быть уникальными.</translation>
    </message>
    <message>
        <source>Give each zone and device its own id.</source>
        <translation>Задайте каждой зоне и каждому устройству собственный идентификатор.</translation>
    </message>
    <message>
        <source>“%1” is not in any zone.</source>
        <translation>«%1» не входит ни в одну зону.</translation>
    </message>
    <message>
        <source>Place it in the LAN, the DMZ or the Internet.</source>
        <translation>Поместите устройство в локальную сеть, ДМЗ или интернет.</translation>
    </message>
    <message>
        <source>“%1” names zone “%2”, which the plan does not have.</source>
        <translation>Для «%1» указана зона «%2», которой нет в плане.</translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s zones.</source>
        <translation>Выберите одну из зон плана.</translation>
    </message>
    <message>
        <source>“%1” shares the host of “%2”, which is not a device of the plan.</source>
        <translation>Для «%1» указан общий узел с «%2», но такого устройства в плане нет.</translation>
    </message>
    <message>
        <source>Name an existing device as the host, or clear it.</source>
        <translation>Укажите в качестве узла существующее устройство или очистите это значение.</translation>
    </message>
    <message>
        <source>“%1” shares a machine with “%2” but is placed in another zone.</source>
        <translation>«%1» и «%2» находятся на одном компьютере, но в разных зонах.</translation>
    </message>
    <message>
        <source>Put both in the same zone.</source>
        <translation>Поместите их в одну зону.</translation>
    </message>
    <message>
        <source>“%1”: property “%2” names “%3”, which is not an Administration Server of the plan.</source>
        <translation>«%1»: в свойстве «%2» указано «%3», но в плане нет такого Сервера администрирования.</translation>
    </message>
    <message>
        <source>Name an existing Administration Server.</source>
        <translation>Укажите существующий Сервер администрирования.</translation>
    </message>
    <message>
        <source>“%1”: property “gateway” names “%2”, which is not a connection gateway of the plan.</source>
        <translation>«%1»: в свойстве «gateway» указано «%2», но в плане нет такого шлюза соединения.</translation>
    </message>
    <message>
        <source>Name an existing connection gateway.</source>
        <translation>Укажите существующий шлюз соединения.</translation>
    </message>
    <message>
        <source>The plan has managed devices but no Administration Server.</source>
        <translation>В плане есть управляемые устройства, но нет Сервера администрирования.</translation>
    </message>
    <message>
        <source>Add an Administration Server.</source>
        <translation>Добавьте Сервер администрирования.</translation>
    </message>
    <message>
        <source>Split the devices between secondary servers in a hierarchy.</source>
        <translation>Распределите устройства между подчиненными Серверами администрирования в иерархии.</translation>
    </message>
    <message>
        <source>“%1” has no database server in the plan.</source>
        <translation>Для «%1» в плане нет сервера баз данных.</translation>
    </message>
    <message>
        <source>Add a database server, on the same host or its own.</source>
        <translation>Добавьте сервер баз данных на том же узле или на отдельном.</translation>
    </message>
    <message>
        <source>“%1” has no Internet access: updates, KSN and licence data have to be moved by hand.</source>
        <translation>У «%1» нет доступа в интернет: обновления, данные KSN и сведения о лицензиях придется переносить вручную.</translation>
    </message>
    <message>
        <source>Give the server Internet access, or plan the manual transfer.</source>
        <translation>Предоставьте Серверу администрирования доступ в интернет или запланируйте перенос данных вручную.</translation>
    </message>
    <message>
        <source>“%1” cannot reach the iOS MDM Server “%2”.</source>
        <translation>«%1» не может подключиться к Серверу iOS MDM «%2».</translation>
    </message>
    <message>
        <source>Run the iOS MDM Server on the connection gateway&apos;s host in the DMZ.</source>
        <translation>Разверните Сервер iOS MDM на узле шлюза соединения в ДМЗ.</translation>
    </message>
    <message>
        <source>“%1” cannot reach its Administration Server “%2”: nothing connects its zone to the server&apos;s.</source>
        <translation>«%1» не может подключиться к своему Серверу администрирования «%2»: между их зонами нет пути.</translation>
    </message>
    <message>
        <source>Add a connection gateway to the DMZ, or publish the server through a reverse proxy.</source>
        <translation>Добавьте шлюз соединения в ДМЗ или опубликуйте Сервер администрирования через обратный прокси-сервер.</translation>
    </message>
    <message>
        <source>The connection gateway “%1” is not in a DMZ.</source>
        <translation>Шлюз соединения «%1» находится не в ДМЗ.</translation>
    </message>
    <message>
        <source>Move the connection gateway into the DMZ.</source>
        <translation>Переместите шлюз соединения в ДМЗ.</translation>
    </message>
    <message>
        <source>The connection gateway “%1” is set to connect through another gateway, “%2”; gateways cannot be chained.</source>
        <translation>Шлюз соединения «%1» настроен на подключение через другой шлюз, «%2»; шлюзы нельзя выстраивать в цепочку.</translation>
    </message>
    <message>
        <source>Let the server connect to each gateway directly.</source>
        <translation>Настройте прямое подключение Сервера администрирования к каждому шлюзу.</translation>
    </message>
    <message>
        <source>“%1” cannot open the signal connection to the gateway “%2”.</source>
        <translation>«%1» не может установить сигнальное соединение со шлюзом «%2».</translation>
    </message>
    <message>
        <source>Place the gateway where the server can connect to it: the DMZ.</source>
        <translation>Разместите шлюз там, где Сервер администрирования сможет к нему подключиться, — в ДМЗ.</translation>
    </message>
    <message>
        <source>Add another connection gateway and split the devices.</source>
        <translation>Добавьте еще один шлюз соединения и распределите устройства между шлюзами.</translation>
    </message>
    <message>
        <source>Add another distribution point as push server.</source>
        <translation>Добавьте еще одну точку распространения в роли push-сервера.</translation>
    </message>
    <message>
        <source>Add an intermediate level to the hierarchy.</source>
        <translation>Добавьте в иерархию промежуточный уровень.</translation>
    </message>
    <message>
        <source>“%1” is, through its primaries, its own primary server.</source>
        <translation>«%1» через цепочку главных Серверов оказывается главным Сервером для самого себя.</translation>
    </message>
    <message>
        <source>Make the server hierarchy a tree: clear one of the primary links.</source>
        <translation>Иерархия Серверов администрирования должна быть деревом: удалите одну из связей с главным Сервером.</translation>
    </message>
    <message>
        <source>The database server “%1” is on the Internet.</source>
        <translation>Сервер баз данных «%1» находится в интернете.</translation>
    </message>
    <message>
        <source>Keep the database in the LAN and let only the Administration Server reach it.</source>
        <translation>Разместите базу данных в локальной сети и разрешите доступ к ней только Серверу администрирования.</translation>
    </message>
    <message>
        <source>The Administration Server “%1” sits directly on the Internet.</source>
        <translation>Сервер администрирования «%1» находится непосредственно в интернете.</translation>
    </message>
    <message>
        <source>Place the server in the LAN or the DMZ.</source>
        <translation>Разместите Сервер администрирования в локальной сети или в ДМЗ.</translation>
    </message>
    <message>
        <source>Flow %1 opens the management port %2 of “%3” to the Internet.</source>
        <translation>Поток %1 открывает доступ из интернета к порту управления %2 на «%3».</translation>
    </message>
    <message>
        <source>Manage the server from the LAN, or over a VPN.</source>
        <translation>Управляйте Сервером администрирования из локальной сети или через VPN.</translation>
    </message>
    <message>
        <source>The Web Console “%1” is opened to the Internet on port %2.</source>
        <translation>Сервер Kaspersky Security Center Web Console «%1» доступен из интернета по порту %2.</translation>
    </message>
    <message>
        <source>Let administrators reach the Web Console from the LAN or over a VPN.</source>
        <translation>Предоставьте администраторам доступ к Kaspersky Security Center Web Console из локальной сети или через VPN.</translation>
    </message>
    <message>
        <source>Flow %1 is opened from the DMZ into the LAN (“%2” to “%3”).</source>
        <translation>Поток %1 открыт из ДМЗ в локальную сеть (от «%2» к «%3»).</translation>
    </message>
    <message>
        <source>Move “%1” into the LAN, or accept this rule on the inner firewall.</source>
        <translation>Переместите «%1» в локальную сеть или разрешите это правило на внутреннем сетевом экране.</translation>
    </message>
    <message>
        <source>Android devices of “%1” have no way to Google FCM: the server cannot wake them up.</source>
        <translation>У мобильных устройств Android, которыми управляет «%1», нет пути к Google FCM: Сервер администрирования не сможет вызвать их на связь.</translation>
    </message>
    <message>
        <source>Add Google FCM to the Internet zone and give the server Internet access.</source>
        <translation>Добавьте Google FCM в зону «Интернет» и предоставьте Серверу администрирования доступ в интернет.</translation>
    </message>
    <message>
        <source>iOS devices have no iOS MDM Server to connect to.</source>
        <translation>В плане нет Сервера iOS MDM, к которому могли бы подключаться мобильные устройства iOS.</translation>
    </message>
    <message>
        <source>Add an iOS MDM Server on the Administration Server&apos;s or the gateway&apos;s host.</source>
        <translation>Добавьте Сервер iOS MDM на узле Сервера администрирования или шлюза соединения.</translation>
    </message>
    <message>
        <source>The plan has iOS devices but no Apple Push Notification service.</source>
        <translation>В плане есть мобильные устройства iOS, но нет службы Apple Push Notification.</translation>
    </message>
    <message>
        <source>Add the Apple Push Notification service to the Internet zone.</source>
        <translation>Добавьте службу Apple Push Notification в зону «Интернет».</translation>
    </message>
    <message>
        <source>Network Agents use the legacy port %1 without TLS.</source>
        <translation>Агенты администрирования используют устаревший порт %1 без TLS.</translation>
    </message>
    <message>
        <source>Switch the agents to the TLS port %1.</source>
        <translation>Переключите Агенты администрирования на TLS-порт %1.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” manages %n device(s); one Administration Server handles up to %2.</source>
        <translation>
            <numerusform>«%1» управляет %n устройством; один Сервер администрирования поддерживает не более %2.</numerusform>
            <numerusform>«%1» управляет %n устройствами; один Сервер администрирования поддерживает не более %2.</numerusform>
            <numerusform>«%1» управляет %n устройствами; один Сервер администрирования поддерживает не более %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) connect through “%1”; one connection gateway handles up to %2.</source>
        <translation>
            <numerusform>Через «%1» подключается %n устройство; один шлюз соединения поддерживает не более %2.</numerusform>
            <numerusform>Через «%1» подключаются %n устройства; один шлюз соединения поддерживает не более %2.</numerusform>
            <numerusform>Через «%1» подключаются %n устройств; один шлюз соединения поддерживает не более %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The push server on “%1” has %n client(s); it holds up to %2 connections.</source>
        <translation>
            <numerusform>У push-сервера на «%1» %n клиент; он поддерживает не более %2 подключений.</numerusform>
            <numerusform>У push-сервера на «%1» %n клиента; он поддерживает не более %2 подключений.</numerusform>
            <numerusform>У push-сервера на «%1» %n клиентов; он поддерживает не более %2 подключений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n secondary server(s); a primary server takes up to %2.</source>
        <translation>
            <numerusform>У «%1» %n подчиненный Сервер администрирования; у главного Сервера их может быть не более %2.</numerusform>
            <numerusform>У «%1» %n подчиненных Сервера администрирования; у главного Сервера их может быть не более %2.</numerusform>
            <numerusform>У «%1» %n подчиненных Серверов администрирования; у главного Сервера их может быть не более %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the secondary server “%1” nor its primary server “%2” can open the connection between them.</source>
        <translation>Ни подчиненный Сервер администрирования «%1», ни его главный Сервер «%2» не могут открыть соединение между ними.</translation>
    </message>
    <message>
        <source>Place the secondary where its primary can reach it, or clear “connectedBy”.</source>
        <translation>Разместите подчиненный Сервер там, где до него может достучаться главный, или очистите «connectedBy».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” hosts %n virtual Administration Server(s); one server takes up to %2.</source>
        <translation>
            <numerusform>«%1» содержит %n виртуальный Сервер администрирования; на одном Сервере их может быть не более %2.</numerusform>
            <numerusform>«%1» содержит %n виртуальных Сервера администрирования; на одном Сервере их может быть не более %2.</numerusform>
            <numerusform>«%1» содержит %n виртуальных Серверов администрирования; на одном Сервере их может быть не более %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread the virtual servers over more physical Administration Servers.</source>
        <translation>Распределите виртуальные Серверы по нескольким физическим Серверам администрирования.</translation>
    </message>
    <message>
        <source>The iOS MDM Server “%1” has no Internet access: it cannot ask Apple to wake iOS devices up.</source>
        <translation>У Сервера iOS MDM «%1» нет доступа в интернет: он не может попросить Apple разбудить устройства iOS.</translation>
    </message>
    <message>
        <source>Give the iOS MDM Server Internet access (HTTPS to Apple).</source>
        <translation>Откройте Серверу iOS MDM доступ в интернет (HTTPS к Apple).</translation>
    </message>
    <message>
        <source>“%1” is set to run on its own host.</source>
        <translation>«%1» указан хостом самого себя.</translation>
    </message>
    <message>
        <source>%1 run on each other&apos;s hosts in a ring: none of them is a machine of its own.</source>
        <translation>%1 размещены друг на друге по кругу: ни один из них не является отдельной машиной.</translation>
    </message>
    <message>
        <source>Put the devices of one machine on one host device, which itself has no host.</source>
        <translation>Укажите для устройств одной машины один хост, у которого самого хоста нет.</translation>
    </message>
    <message>
        <source>“%1” is the KSN proxy of managed devices but has no Internet access: their KSN requests go no further.</source>
        <translation>«%1» — прокси-сервер KSN для управляемых устройств, но у него нет доступа в интернет: их запросы к KSN дальше не уходят.</translation>
    </message>
    <message>
        <source>Give the server Internet access, or turn the KSN proxy off in the plan&apos;s settings.</source>
        <translation>Дайте серверу доступ в интернет или отключите прокси-сервер KSN в настройках плана.</translation>
    </message>
    <message>
        <source>The KSN proxy on “%1” has no way to KSN: it reaches neither an Administration Server with Internet access nor the Internet itself.</source>
        <translation>У прокси-сервера KSN на «%1» нет пути к KSN: он не достает ни до Сервера администрирования с доступом в интернет, ни до интернета сам.</translation>
    </message>
    <message>
        <source>Give the distribution point Internet access, or let its devices use the server&apos;s KSN proxy.</source>
        <translation>Дайте точке распространения доступ в интернет или переведите ее устройства на прокси-сервер KSN сервера.</translation>
    </message>
</context>
<context>
    <name>WindowsFirewallExport</name>
    <message>
        <source>(The plan gives no IP address for %1: narrow RemoteAddress.)</source>
        <translation>(В плане не указан IP-адрес для %1: ограничьте RemoteAddress.)</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Узел: %1</translation>
    </message>
    <message>
        <source>Portolan: Windows Firewall inbound rules for the KSC plan “%1”.</source>
        <translation>Portolan: правила брандмауэра Windows для входящих подключений по плану KSC «%1».</translation>
    </message>
    <message>
        <source>Run each host&apos;s section in an elevated PowerShell on that host.</source>
        <translation>Раздел каждого узла выполните на самом этом узле в PowerShell, запущенном от имени администратора.</translation>
    </message>
    <message>
        <source>No Windows host in the plan answers a connection.</source>
        <translation>В плане нет узлов Windows, принимающих входящие подключения.</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <source>LAN</source>
        <translation>Локальная сеть</translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation>ДМЗ</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Интернет</translation>
    </message>
</context>
<context>
    <name>ZoomLabel</name>
    <message>
        <source>Zoom %1 %</source>
        <translation>Масштаб %1 %</translation>
    </message>
</context>
</TS>
