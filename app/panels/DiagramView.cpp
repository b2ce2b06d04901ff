#include "app/panels/DiagramView.h"

#include "app/document/PlanDocument.h"
#include "app/panels/DiagramViewPicker.h"
#include "diagrams/DiagramService.h"

#include <QCheckBox>
#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsSvgItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QSvgRenderer>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {
constexpr int DebounceMs = 250; // a burst of edits makes one layout
constexpr double ZoomStep = 1.25;
} // namespace

DiagramView::DiagramView(PlanDocument *document, DiagramService *service, QWidget *parent)
    : QWidget(parent), m_document(document), m_service(service), m_bundle(new QCheckBox),
      m_legend(new QCheckBox), m_clouds(new QCheckBox), m_picker(new DiagramViewPicker),
      m_notice(new QLabel), m_zoomIn(new QToolButton), m_zoomOut(new QToolButton),
      m_fit(new QToolButton), m_actual(new QToolButton), m_status(new QLabel),
      m_view(new QGraphicsView), m_scene(new QGraphicsScene(this)),
      m_renderer(new QSvgRenderer(this)), m_debounce(new QTimer(this))
{
    m_clouds->setChecked(true);
    // The view on a row of its own: beside the other options it would widen the window's
    // centre (Russian texts are long) and squeeze the docks.
    auto *views = new QHBoxLayout;
    views->addWidget(m_picker);
    views->addStretch();
    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_bundle, m_legend, m_clouds})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_status);
    for (QToolButton *b : {m_zoomOut, m_zoomIn, m_fit, m_actual}) {
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
    m_view->setScene(m_scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    m_view->setBackgroundBrush(Qt::white);
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(views);
    layout->addLayout(bar);
    // A message bar, shown only while the figure differs from the view picked.
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("diagramNotice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                           "border: 1px solid #e0c060; padding: 4px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    m_picker->setServers(m_document->plan());

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Drawing…"));
        m_service->request(m_document->analysis(), options());
    });
    connect(m_document, &PlanDocument::derivedChanged, this, [this] {
        m_picker->setServers(m_document->plan());
        scheduleRender();
    });
    connect(m_document, &PlanDocument::planReset, this, [this] {
        m_picker->setServers(m_document->plan());
        m_fitPending = true;
        scheduleRender();
    });
    connect(m_picker, &DiagramViewPicker::changed, this, [this] {
        m_fitPending = true; // another view is another figure: show all of it
        emit optionsChanged();
        scheduleRender();
    });
    for (QCheckBox *box : {m_bundle, m_legend, m_clouds}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            emit optionsChanged();
            scheduleRender();
        });
    }
    connect(m_service, &DiagramService::rendered, this, &DiagramView::showFigure);
    connect(m_service, &DiagramService::failed, this, [this](const QString &error) {
        m_status->setText(tr("The diagram could not be drawn: %1").arg(error));
        m_notice->hide();
        // The message stands instead of the figure: an old figure would look current.
        if (m_item) {
            delete m_item;
            m_item = nullptr;
            m_svg.clear();
            emit figureChanged();
        }
    });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(ZoomStep); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / ZoomStep); });
    connect(m_fit, &QToolButton::clicked, this, &DiagramView::zoomToFit);
    connect(m_actual, &QToolButton::clicked, this, [this] { m_view->resetTransform(); });
    retranslateUi();
    scheduleRender();
}

DiagramOptions DiagramView::options() const
{
    DiagramOptions o;
    o.bundle = m_bundle->isChecked();
    o.legend = m_legend->isChecked();
    o.clouds = m_clouds->isChecked();
    m_picker->apply(o);
    o.texts = m_document->texts();
    return o;
}

void DiagramView::setOptions(const DiagramOptions &options)
{
    // The view first: a check box that toggles reports all the options, the view included.
    m_picker->set(options);
    m_bundle->setChecked(options.bundle);
    m_legend->setChecked(options.legend);
    m_clouds->setChecked(options.clouds);
}

QString DiagramView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DiagramView::scheduleRender()
{
    m_debounce->start();
}

void DiagramView::showFigure(const QByteArray &svg, const QString &notice)
{
    m_svg = svg;
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_renderer->load(svg);
    if (!m_item) {
        m_item = new QGraphicsSvgItem;
        m_item->setSharedRenderer(m_renderer);
        m_scene->addItem(m_item);
    } else {
        m_item->setSharedRenderer(m_renderer); // picks up the new size
    }
    m_scene->setSceneRect(m_item->boundingRect());
    m_status->clear();
    // A hidden tab has no size yet: fitting then would shrink the figure to nothing.
    if (m_fitPending && m_view->isVisible()) {
        m_fitPending = false;
        zoomToFit();
    }
    emit figureChanged();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending && m_item) {
        // After the layout has given the view its size.
        QTimer::singleShot(0, this, [this] {
            m_fitPending = false;
            zoomToFit();
        });
    }
}

void DiagramView::zoomToFit()
{
    if (m_item)
        m_view->fitInView(m_item, Qt::KeepAspectRatio);
}

void DiagramView::zoomBy(double factor)
{
    m_view->scale(factor, factor);
}

double DiagramView::zoom() const
{
    return m_view->transform().m11();
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl + wheel zooms as on the canvas; the plain wheel scrolls.
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoomBy(wheel->angleDelta().y() > 0 ? ZoomStep : 1 / ZoomStep);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        scheduleRender(); // the figure's labels follow the window's language
    }
    QWidget::changeEvent(event);
}

void DiagramView::retranslateUi()
{
    m_bundle->setText(tr("One arrow per device pair"));
    m_bundle->setToolTip(tr("Bundle the flows between two devices into one arrow listing their "
                            "numbers"));
    m_legend->setText(tr("Legend"));
    m_legend->setToolTip(tr("List every number with its purpose under the figure"));
    m_clouds->setText(tr("Vendor clouds"));
    m_clouds->setToolTip(tr("Show Kaspersky servers, Google FCM and Apple APNs and their flows"));
    // Signs rather than words: in Russian the words made the row too wide for the window's
    // centre, which then squeezed the docks.
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom In"));
    m_zoomIn->setAccessibleName(tr("Zoom In"));
    m_zoomOut->setText(QStringLiteral("\u2212"));
    m_zoomOut->setToolTip(tr("Zoom Out"));
    m_zoomOut->setAccessibleName(tr("Zoom Out"));
    m_fit->setText(tr("Fit"));
    m_actual->setText(tr("100 %"));
}
