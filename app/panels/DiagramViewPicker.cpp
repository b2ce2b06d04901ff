#include "app/panels/DiagramViewPicker.h"

#include "model/Plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace {

using View = DiagramOptions::View;

// The view list's order; its texts are set in retranslateUi().
constexpr View kViews[] = {View::Auto, View::Overview, View::Detail, View::Site};

} // namespace

DiagramViewPicker::DiagramViewPicker(QWidget *parent)
    : QWidget(parent), m_viewLabel(new QLabel), m_view(new QComboBox), m_site(new QComboBox),
      m_merge(new QCheckBox)
{
    for (const View view : kViews)
        m_view->addItem(QString(), int(view));
    m_view->setObjectName(QStringLiteral("diagramView"));
    m_site->setObjectName(QStringLiteral("diagramSite"));
    m_merge->setObjectName(QStringLiteral("diagramMerge"));
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToContents); // Russian names are longer
    // Server names can be long: the list keeps a bounded width and shows them whole when open.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(20);
    m_merge->setChecked(true);
    m_viewLabel->setBuddy(m_view);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewLabel);
    layout->addWidget(m_view);
    layout->addWidget(m_site);
    layout->addWidget(m_merge);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        updateSiteList();
        emit changed();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (m_site->isEnabled())
            emit changed();
    });
    connect(m_merge, &QCheckBox::toggled, this, &DiagramViewPicker::changed);
    retranslateUi();
    updateSiteList();
}

void DiagramViewPicker::apply(DiagramOptions &options) const
{
    options.merge = m_merge->isChecked();
    options.view = View(m_view->currentData().toInt());
    options.site.clear();
    if (options.view == View::Site) {
        options.site = m_site->currentData().toString();
        if (options.site.isEmpty())
            options.view = View::Auto;
    }
}

void DiagramViewPicker::set(const DiagramOptions &options)
{
    const QSignalBlocker blockView(m_view);
    const QSignalBlocker blockMerge(m_merge);
    m_merge->setChecked(options.merge);
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(options.view))));
    if (!options.site.isEmpty()) {
        const QSignalBlocker blockSite(m_site);
        if (m_site->findData(options.site) < 0)
            m_site->addItem(options.site, options.site); // until the plan's servers arrive
        m_site->setCurrentIndex(m_site->findData(options.site));
    }
    updateSiteList();
}

void DiagramViewPicker::setServers(const Plan &plan)
{
    const QString current = m_site->currentData().toString();
    const QSignalBlocker block(m_site);
    m_site->clear();
    for (const Device &device : plan.devices) {
        if (device.role == Catalog::Role::AdministrationServer)
            m_site->addItem(device.displayName().simplified(), device.id);
    }
    // The server picked stays picked while it exists (renamed or not); otherwise the first.
    m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
    updateSiteList();
    if (m_site->currentData().toString() != current && m_site->isEnabled())
        emit changed();
}

void DiagramViewPicker::updateSiteList()
{
    m_site->setEnabled(View(m_view->currentData().toInt()) == View::Site && m_site->count() > 0);
}

void DiagramViewPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiagramViewPicker::retranslateUi()
{
    const QStringList texts = {tr("Automatic"), tr("Overview"), tr("Detail"), tr("Site")};
    for (int i = 0; i < texts.size(); ++i)
        m_view->setItemText(i, texts[i]);
    m_viewLabel->setText(tr("&View:"));
    m_view->setToolTip(tr("Automatic: every entry when the figure fits one page, else the "
                          "overview. Overview: one box per Administration Server's site. "
                          "Site: one server's site in detail."));
    m_site->setToolTip(tr("The Administration Server whose site is drawn"));
    m_merge->setText(tr("Merge same entries"));
    m_merge->setToolTip(tr("Draw entries with the same role, zone and flows as one node"));
}
