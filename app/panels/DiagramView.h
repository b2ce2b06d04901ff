#pragma once

#include "diagrams/DiagramOptions.h"

#include <QWidget>

class DiagramService;
class DiagramViewPicker;
class PlanDocument;
class QCheckBox;
class QGraphicsScene;
class QGraphicsSvgItem;
class QGraphicsView;
class QLabel;
class QSvgRenderer;
class QTimer;
class QToolButton;

// The Diagram tab: the Graphviz figure of the open plan, redrawn shortly after each edit on the
// diagram worker (the window never waits for a layout), with zoom, fit, the figure's options and
// its view (DiagramViewPicker). When the figure is not the one asked for (automatic drew the
// overview, the budget merged entries), a notice above it says why.
class DiagramView : public QWidget
{
    Q_OBJECT

public:
    DiagramView(PlanDocument *document, DiagramService *service, QWidget *parent = nullptr);

    DiagramOptions options() const;
    void setOptions(const DiagramOptions &options);
    // The newest figure drawn, for printing and the checklist's cover; empty before the first.
    QByteArray svg() const { return m_svg; }
    // Why the figure shown differs from the view picked; empty when it does not.
    QString notice() const;
    void zoomToFit();
    void zoomBy(double factor);
    double zoom() const;

signals:
    void optionsChanged();
    void figureChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void scheduleRender();
    void showFigure(const QByteArray &svg, const QString &notice);

    PlanDocument *m_document;
    DiagramService *m_service;
    QCheckBox *m_bundle;
    QCheckBox *m_legend;
    QCheckBox *m_clouds;
    DiagramViewPicker *m_picker;
    QLabel *m_notice;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QLabel *m_status;
    QGraphicsView *m_view;
    QGraphicsScene *m_scene;
    QGraphicsSvgItem *m_item = nullptr;
    QSvgRenderer *m_renderer;
    QTimer *m_debounce;
    QByteArray m_svg;
    bool m_fitPending = true;
};
