#include "app/panels/PropertiesDock.h"

#include "app/Icons.h"
#include "app/canvas/DeviceItem.h"
#include "app/document/PlanDocument.h"
#include "exports/PlanReport.h"
#include "model/PlanAddress.h"
#include "model/Topology.h"
#include "model/edit/CardRoom.h"
#include "model/edit/PlanOperations.h"
#include "model/io/PlanFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using Catalog::Role;

namespace {

const char *const kFlowLink = "flow:"; // a link in the flow list: "flow:4a"

bool hasInternetProperty(Role role)
{
    return role == Role::AdministrationServer || role == Role::ManagedComputer ||
           role == Role::AndroidDevice || role == Role::IosDevice;
}

bool hasServerProperty(Role role)
{
    return role != Role::AdministrationServer && !Catalog::roleInfo(role).cloud;
}

// An address the plan file accepts: empty, an IP address, a host name, or a group's subnets. The
// same rule as loading, so that whatever the window keeps can be opened again.
bool isAddress(const QString &text)
{
    return PlanAddress::kind(text) != PlanAddress::Kind::Invalid;
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i < 0 ? 0 : i);
    // A name longer than the dock is wide shows elided; its whole text is a tooltip away.
    for (int item = 0; item < combo->count(); ++item)
        combo->setItemData(item, combo->itemText(item), Qt::ToolTipRole);
    combo->setToolTip(combo->currentText());
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // long names show their start
}

} // namespace

PropertiesDock::PropertiesDock(PlanDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("propertiesDock"));
    build();
    retranslateUi();
    // Another device's change matters only when it is a server (the server lists); on large plans
    // refreshing for every moved device would rebuild the host list a thousand entries long.
    connect(document, &PlanDocument::deviceChanged, this, [this](const QString &id) {
        const Device *d = m_document->plan().device(id);
        if (id == m_id || (d && d->role == Role::AdministrationServer))
            refresh();
    });
    connect(document, &PlanDocument::deviceAdded, this, &PropertiesDock::refresh);
    connect(document, &PlanDocument::zoneChanged, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    auto forget = [this](const QString &id) {
        if (id == m_id)
            m_id.clear();
        refresh();
    };
    connect(document, &PlanDocument::deviceRemoved, this, forget);
    connect(document, &PlanDocument::zoneRemoved, this, forget);
    connect(document, &PlanDocument::planReset, this, [this] { showElement(QString()); });
    connect(document, &PlanDocument::titleChanged, this, &PropertiesDock::refresh);
    connect(document, &PlanDocument::derivedChanged, this, [this] {
        if (m_id.isEmpty())
            refreshPlan();
        else if (m_document->plan().device(m_id))
            m_hint->setText(flowsOf(m_id)); // a move elsewhere can change this device's flows
    });
    refresh();
}

void PropertiesDock::build()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel;
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    // Each label above its field, as QFormLayout's WrapAllRows would put it: Russian labels and
    // values run a third longer than English ones and would not fit side by side in the dock's
    // width. A grid rather than QFormLayout: Qt 6.4's QFormLayout writes past its buffers
    // computing heights for word-wrapped rows once rows are hidden (seen under valgrind).
    m_form = new QGridLayout;
    m_form->setVerticalSpacing(2);
    layout->addLayout(m_form);

    m_title = new QLineEdit;
    m_portSettings = new QPushButton;
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_name = new QLineEdit;
    m_kind = new QComboBox;
    m_count = new QLineEdit;
    m_count->setValidator(new QIntValidator(1, int(PlanFile::MaxCount), m_count));
    m_host = new QComboBox;
    m_address = new QLineEdit;
    m_dbms = new QComboBox;
    m_edition = new QComboBox;
    m_primary = new QComboBox;
    m_internet = new QCheckBox;
    m_gatewayMode = new QCheckBox;
    m_pushServer = new QCheckBox;
    m_ksnProxy = new QCheckBox;
    m_server = new QComboBox;
    for (QComboBox *combo : {m_kind, m_host, m_dbms, m_edition, m_primary, m_server}) {
        // As wide as the dock, not as the longest device name (elided, with a tooltip).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_fields = {m_title,  m_summary,  m_name,        m_kind,       m_count,
                m_host,   m_address,  m_dbms,        m_edition,    m_primary,
                m_server, m_internet, m_gatewayMode, m_pushServer, m_ksnProxy};
    for (QWidget *w : std::as_const(m_fields)) {
        auto *label = new QLabel;
        label->setBuddy(w);
        label->setWordWrap(true);
        label->setContentsMargins(0, 6, 0, 0); // a row's label sits with its field, apart from
                                               // the row above
        m_labels.insert(w, label);
        m_form->addWidget(label, m_form->rowCount(), 0);
        m_form->addWidget(w, m_form->rowCount(), 0);
    }
    m_form->addWidget(m_portSettings, m_form->rowCount(), 0, Qt::AlignLeft);
    m_fields << m_portSettings;

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    // A flow's number links to its KSC help topic, by mouse or by Tab and Enter.
    m_hint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_hint, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String(kFlowLink)))
            emit flowHelpRequested(link.mid(int(qstrlen(kFlowLink))));
    });
    layout->addWidget(m_hint);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        PlanEdit edit;
        edit.changeTitle(m_document->plan(), text);
        m_document->edit(edit, tr("Rename the plan"), QStringLiteral("title"));
    });
    connect(m_portSettings, &QPushButton::clicked, this, &PropertiesDock::portSettingsRequested);
    // A title or name longer than the field scrolls as any line does; the tooltip shows it whole.
    for (QLineEdit *edit : {m_title, m_name, m_address})
        connect(edit, &QLineEdit::textChanged, edit, &QWidget::setToolTip);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { commitText(QStringLiteral("name"), text); });
    connect(m_count, &QLineEdit::textEdited, this, &PropertiesDock::commitCount);
    connect(m_address, &QLineEdit::textEdited, this, &PropertiesDock::commitAddress);
    // Leaving the field with a wrong address shows what the plan keeps: a field still reading
    // "999.1.1.1" would look accepted. The error stays in view.
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        const Device *d = m_document->plan().device(m_id);
        if (d && !isAddress(m_address->text().trimmed()))
            m_address->setText(d->address);
    });
    connect(m_kind, &QComboBox::activated, this, &PropertiesDock::commitZoneKind);
    connect(m_host, &QComboBox::activated, this, &PropertiesDock::commitHost);
    connect(m_dbms, &QComboBox::activated, this,
            [this] { commitProperty(QStringLiteral("dbms"), m_dbms->currentData().toString()); });
    connect(m_edition, &QComboBox::activated, this, [this] {
        commitProperty(QStringLiteral("edition"), m_edition->currentData().toString());
    });
    connect(m_primary, &QComboBox::activated, this, [this] {
        commitProperty(QStringLiteral("primary"), m_primary->currentData().toString());
    });
    connect(m_server, &QComboBox::activated, this, [this] {
        commitProperty(QStringLiteral("server"), m_server->currentData().toString());
    });
    connect(m_internet, &QCheckBox::clicked, this,
            [this](bool on) { commitProperty(QStringLiteral("internetAccess"), on); });
    connect(m_gatewayMode, &QCheckBox::clicked, this,
            [this](bool on) { commitProperty(QStringLiteral("gateway"), on); });
    connect(m_pushServer, &QCheckBox::clicked, this,
            [this](bool on) { commitProperty(QStringLiteral("pushServer"), on); });
    connect(m_ksnProxy, &QCheckBox::clicked, this,
            [this](bool on) { commitProperty(QStringLiteral("ksnProxy"), on); });
}

void PropertiesDock::retranslateUi()
{
    setWindowTitle(tr("Properties"));
    const std::pair<QWidget *, QString> labels[] = {
        {m_title, tr("Title:")},         {m_summary, tr("Contents:")},
        {m_name, tr("Name:")},           {m_kind, tr("Kind:")},
        {m_count, tr("Count:")},         {m_host, tr("Host:")},
        {m_address, tr("Address:")},     {m_dbms, tr("DBMS:")},
        {m_edition, tr("Edition:")},     {m_primary, tr("Primary server:")},
        {m_server, tr("Managed by:")},   {m_internet, tr("Internet:")},
        {m_gatewayMode, tr("Gateway:")}, {m_pushServer, tr("Push server:")},
        {m_ksnProxy, tr("KSN proxy:")},
    };
    for (const auto &[field, text] : labels) {
        m_labels.value(field)->setText(text);
    }
    m_portSettings->setText(tr("Port settings…"));
    m_count->setToolTip(
        tr("How many devices this entry stands for (1 to %L1)").arg(PlanFile::MaxCount));
    m_address->setPlaceholderText(tr("IP address, host name or subnets"));
    m_internet->setText(tr("Has its own Internet access"));
    m_gatewayMode->setText(tr("Acts as connection gateway"));
    m_pushServer->setText(tr("Acts as push server (port 13295)"));
    m_ksnProxy->setText(tr("Acts as KSN proxy for the devices of its zone"));
    m_kind->clear();
    for (const Catalog::ZoneKindInfo &z : Catalog::zoneKinds())
        m_kind->addItem(Icons::zone(z.kind), QCoreApplication::translate("Zone", z.name),
                        QLatin1String(z.id));
    m_dbms->clear();
    for (const QString &id : Catalog::dbmsIds())
        m_dbms->addItem(QCoreApplication::translate("Port", Catalog::portInfo(id)->description),
                        id);
    m_edition->clear();
    m_edition->addItem(tr("Windows (up to 100,000 devices)"), QStringLiteral("windows"));
    m_edition->addItem(tr("Linux (up to 50,000 devices)"), QStringLiteral("linux"));
    refresh();
}

void PropertiesDock::showElement(const QString &id)
{
    showElements(id.isEmpty() ? QStringList() : QStringList{id});
}

void PropertiesDock::showElements(const QStringList &ids)
{
    m_id = ids.value(0);
    m_alongWith.clear();
    const Device *first = m_document->plan().device(m_id);
    for (const QString &id : ids.mid(1)) {
        const Device *d = m_document->plan().device(id);
        if (!first || !d || d->role != first->role) {
            m_alongWith.clear();
            break;
        }
        m_alongWith << id;
    }
    showError(QString());
    refresh();
}

QStringList PropertiesDock::editedDevices() const
{
    return m_document->plan().device(m_id) ? QStringList{m_id} + m_alongWith : QStringList();
}

QString PropertiesDock::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PropertiesDock::showRows(const QList<QWidget *> &fields)
{
    for (QWidget *w : std::as_const(m_fields)) {
        const bool visible = fields.contains(w);
        w->setVisible(visible);
        if (QLabel *label = m_labels.value(w))
            label->setVisible(visible);
    }
}

void PropertiesDock::refresh()
{
    m_refreshing = true;
    const Plan &plan = m_document->plan();
    if (const Device *d = plan.device(m_id))
        refreshDevice(*d);
    else if (const Zone *z = plan.zone(m_id))
        refreshZone(*z);
    else
        refreshPlan();
    m_refreshing = false;
}

void PropertiesDock::refreshPlan()
{
    const Plan &plan = m_document->plan();
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(tr("Plan").toHtmlEscaped()));
    showRows({m_title, m_summary, m_portSettings});
    setTextIfDifferent(m_title, plan.title);
    qint64 devices = 0;
    for (const Device &d : plan.devices)
        devices += Catalog::roleInfo(d.role).cloud ? 0 : d.count;
    m_summary->setText(tr("Zones: %1\nDevices: %L2\nFlows: %3")
                           .arg(plan.zones.size())
                           .arg(devices)
                           .arg(m_document->flows().flows.size()));
    m_hint->setText(QStringLiteral("<span style='color:gray'>%1</span>")
                        .arg(tr("Select a zone or device on the canvas to edit it. Port overrides "
                                "and the legacy agent port are in the port settings.")
                                 .toHtmlEscaped()));
}

void PropertiesDock::refreshZone(const Zone &zone)
{
    m_heading->setText(QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                           .arg(tr("Zone").toHtmlEscaped(), zone.id.toHtmlEscaped()));
    showRows({m_name, m_kind});
    setTextIfDifferent(m_name, zone.name);
    setComboData(m_kind, QLatin1String(Catalog::zoneKindInfo(zone.kind).id));
    m_hint->setText(QStringLiteral("<span style='color:gray'>%1</span>")
                        .arg(tr("Drag the corners of a selected zone to resize it; its devices "
                                "move with it.")
                                 .toHtmlEscaped()));
}

void PropertiesDock::fillServers(QComboBox *combo, const QString &current, const QString &excluded,
                                 const QString &noneText)
{
    combo->clear();
    combo->addItem(noneText, QString());
    for (const Device &d : m_document->plan().devices) {
        if (d.role == Role::AdministrationServer && d.id != excluded)
            combo->addItem(Icons::role(d.role), d.displayName(), d.id);
    }
    setComboData(combo, current);
}

void PropertiesDock::refreshDevice(const Device &device)
{
    const Plan &plan = m_document->plan();
    const Role role = device.role;
    m_heading->setText(
        QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
            .arg(QCoreApplication::translate("Role", Catalog::roleInfo(role).name).toHtmlEscaped(),
                 device.id.toHtmlEscaped()));
    const bool server = role == Role::AdministrationServer;
    const bool dp = role == Role::DistributionPoint;
    const bool cloud = Catalog::roleInfo(role).cloud;
    QList<QWidget *> rows{m_name};
    if (!cloud)
        rows << m_count << m_host << m_address;
    if (role == Role::DatabaseServer)
        rows << m_dbms;
    if (server)
        rows << m_edition << m_primary;
    if (hasServerProperty(role))
        rows << m_server;
    if (hasInternetProperty(role))
        rows << m_internet;
    if (dp)
        rows << m_gatewayMode << m_pushServer << m_ksnProxy;
    if (!m_alongWith.isEmpty()) {
        // Names, counts, hosts and addresses are each device's own.
        for (QWidget *own : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_count),
                             static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_address)})
            rows.removeAll(own);
        m_heading->setText(
            QStringLiteral("<b>%1</b>")
                .arg(tr("%n devices: %1", nullptr, int(m_alongWith.size()) + 1)
                         .arg(QCoreApplication::translate("Role", Catalog::roleInfo(role).name))
                         .toHtmlEscaped()));
    }
    showRows(rows);

    setTextIfDifferent(m_name, device.name);
    if (!m_count->hasFocus() || m_count->hasAcceptableInput())
        setTextIfDifferent(m_count, QString::number(device.count));
    if (!m_address->hasFocus() || isAddress(m_address->text()))
        setTextIfDifferent(m_address, device.address);
    m_host->clear();
    m_host->addItem(tr("Its own machine"), QString());
    for (const Device &d : plan.devices) {
        if (PlanOperations::offersHost(d, device.id))
            m_host->addItem(Icons::role(d.role), d.displayName(), d.id);
    }
    setComboData(m_host, device.host);
    setComboData(m_dbms, Catalog::dbmsPortName(device.text(QStringLiteral("dbms"))));
    setComboData(m_edition, device.text(QStringLiteral("edition")).isEmpty()
                                ? QStringLiteral("windows")
                                : device.text(QStringLiteral("edition")));
    fillServers(m_primary, device.text(QStringLiteral("primary")), device.id,
                tr("None: this is a primary server"));
    fillServers(m_server, device.text(QStringLiteral("server")), device.id,
                tr("Automatic (by host and zone)"));
    m_internet->setChecked(Topology(plan).hasInternetAccess(device));
    m_gatewayMode->setChecked(device.flag(QStringLiteral("gateway"), false));
    m_pushServer->setChecked(device.flag(QStringLiteral("pushServer"), false));
    m_ksnProxy->setChecked(device.flag(QStringLiteral("ksnProxy"), false));
    m_hint->setText(flowsOf(device.id));
}

QString PropertiesDock::flowsOf(const QString &id) const
{
    // What this placement means for the device: every flow that starts, ends or passes here.
    const Plan &plan = m_document->analysis().plan();
    const int index = int(plan.deviceIndex(id));
    QStringList lines;
    for (const Flow &f : m_document->flows().flows) {
        if (!f.involves(index))
            continue;
        const QString label = f.local ? tr("local, no port") : PlanReport::flowLabel(f);
        lines << QStringLiteral("<tr><td><a href=\"%1%2\"><b>%2</b></a></td><td>%3 → %4</td>"
                                "<td>%5</td></tr>")
                     .arg(QLatin1String(kFlowLink), f.number.toHtmlEscaped(),
                          plan.deviceName(f.from).toHtmlEscaped(),
                          plan.deviceName(f.to).toHtmlEscaped(), label.toHtmlEscaped());
    }
    if (lines.isEmpty())
        return tr("No flows: nothing connects to or from this device in this placement.");
    return QStringLiteral("<b>%1</b><table cellspacing='3'>%2</table>"
                          "<span style='color:gray'>%3</span>")
        .arg(tr("Flows").toHtmlEscaped(), lines.join(QString()),
             tr("A flow's number opens its topic in the KSC documentation.").toHtmlEscaped());
}

void PropertiesDock::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PropertiesDock::commitText(const QString &field, const QString &value)
{
    PlanEdit edit = PlanOperations::rename(m_document->plan(), m_id, value).edit;
    // A longer name grows the card: its neighbours make way in the same undo step.
    PlanOperations::makeRoom(m_document->plan(), edit, m_id, &DeviceItem::cardSize);
    if (edit.isEmpty())
        return;
    m_document->edit(edit, tr("Rename “%1”").arg(value), m_id + QLatin1Char(':') + field);
}

void PropertiesDock::commitCount()
{
    const Device *d = m_document->plan().device(m_id);
    if (!d)
        return;
    if (!m_count->hasAcceptableInput()) {
        showError(tr("Count must be a whole number from 1 to %L1; the plan keeps %L2.")
                      .arg(PlanFile::MaxCount)
                      .arg(d->count));
        return;
    }
    showError(QString());
    Device after = *d;
    after.count = m_count->text().toLongLong();
    commitDevice(after, tr("Change the count of “%1”").arg(d->name),
                 m_id + QStringLiteral(":count"));
}

void PropertiesDock::commitAddress()
{
    const Device *d = m_document->plan().device(m_id);
    if (!d)
        return;
    const QString text = m_address->text().trimmed();
    if (!isAddress(text)) {
        showError(tr("“%1” is not an IP address, a host name or a list of subnets (10.1.0.0/16, "
                     "fd00::/8); the plan keeps “%2”.")
                      .arg(text, d->address));
        return;
    }
    showError(QString());
    Device after = *d;
    after.address = text;
    commitDevice(after, tr("Change the address of “%1”").arg(d->name),
                 m_id + QStringLiteral(":address"));
}

void PropertiesDock::commitProperty(const QString &key, const QJsonValue &value)
{
    const Device *d = m_document->plan().device(m_id);
    if (!d || m_refreshing)
        return;
    // "automatic" / "none" (an empty text): the plan leaves it unsaid.
    PlanEdit edit = PlanOperations::setProperty(m_document->plan(), m_id, key, value).edit;
    // The other selected devices of the role follow, in the same undo step.
    for (const QString &id : std::as_const(m_alongWith))
        edit.devices
            << PlanOperations::setProperty(m_document->plan(), id, key, value).edit.devices;
    const QString text = m_alongWith.isEmpty()
                             ? tr("Change “%1”").arg(d->name)
                             : tr("Change %n devices", nullptr, int(m_alongWith.size()) + 1);
    if (!edit.isEmpty())
        m_document->edit(edit, text);
}

void PropertiesDock::commitDevice(const Device &after, const QString &text, const QString &mergeKey)
{
    const PlanEdit edit = PlanOperations::changeDevice(m_document->plan(), after).edit;
    if (!edit.isEmpty())
        m_document->edit(edit, text, mergeKey);
}

void PropertiesDock::commitHost()
{
    const Device *d = m_document->plan().device(m_id);
    if (!d)
        return;
    // Sharing a machine means sharing its zone and address: the model moves what has to move.
    const PlanEdit edit =
        PlanOperations::changeHost(m_document->plan(), m_id, m_host->currentData().toString()).edit;
    if (edit.isEmpty())
        refresh(); // refused (a machine cannot run on itself): show the host the plan keeps
    else
        m_document->edit(edit, tr("Change the host of “%1”").arg(d->name));
}

void PropertiesDock::commitZoneKind()
{
    const Zone *z = m_document->plan().zone(m_id);
    const auto kind = Catalog::zoneKindFromId(m_kind->currentData().toString());
    if (!z || !kind || z->kind == *kind)
        return;
    Zone after = *z;
    after.kind = *kind;
    const PlanEdit edit = PlanOperations::changeZone(m_document->plan(), after).edit;
    m_document->edit(edit, tr("Change the kind of “%1”").arg(z->name));
}

void PropertiesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}
