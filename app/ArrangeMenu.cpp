#include "app/ArrangeMenu.h"

#include "app/EditActions.h"

#include <QEvent>

ArrangeMenu::ArrangeMenu(EditActions *edits, QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("arrangeMenu"));
    using Edge = PlanAlignment::Edge;
    const QList<std::pair<Edge, const char *>> edges = {
        {Edge::Left, "format-justify-left"},
        {Edge::Right, "format-justify-right"},
        {Edge::Top, "go-top"},
        {Edge::Bottom, "go-bottom"},
        {Edge::HorizontalCentre, "format-justify-center"},
        {Edge::VerticalCentre, nullptr}};
    for (const auto &[edge, icon] : edges) {
        QAction *a = addAction(icon ? QIcon::fromTheme(QLatin1String(icon)) : QIcon(), QString());
        connect(a, &QAction::triggered, edits, [edits, e = edge] { edits->align(e); });
        m_align << a;
    }
    addSeparator();
    for (Qt::Orientation along : {Qt::Horizontal, Qt::Vertical}) {
        QAction *a = addAction(QString());
        connect(a, &QAction::triggered, edits, [edits, along] { edits->distribute(along); });
        m_distribute << a;
    }
    retranslateUi();
    updateFor(0);
}

void ArrangeMenu::updateFor(int selected)
{
    for (QAction *a : std::as_const(m_align))
        a->setEnabled(selected >= 2);
    for (QAction *a : std::as_const(m_distribute))
        a->setEnabled(selected >= 3);
}

void ArrangeMenu::retranslateUi()
{
    setTitle(tr("A&rrange"));
    const QStringList align = {tr("Align &Left Edges"),
                               tr("Align &Right Edges"),
                               tr("Align &Top Edges"),
                               tr("Align &Bottom Edges"),
                               tr("Align &Centres on a Vertical Line"),
                               tr("Align Centres on a &Horizontal Line")};
    for (int i = 0; i < m_align.size(); ++i)
        m_align[i]->setText(align[i]);
    m_distribute[0]->setText(tr("Distribute Hori&zontally"));
    m_distribute[1]->setText(tr("Distribute &Vertically"));
}

void ArrangeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}
