#pragma once

#include "diagrams/DiagramOptions.h"

#include <QWidget>

class DiagramService;
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
// diagram worker (the window never waits for a layout), with zoom, fit and the figure's options.
class DiagramView : public QWidget
{
    Q_OBJECT

public:
    DiagramView(PlanDocument *document, DiagramService *service, QWidget *parent = nullptr);

    DiagramOptions options() const;
    void setOptions(const DiagramOptions &options);
    // The newest figure drawn, for printing and the checklist's cover; empty before the first.
    QByteArray svg() const { return m_svg; }
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
    void showFigure(const QByteArray &svg);

    PlanDocument *m_document;
    DiagramService *m_service;
    QCheckBox *m_bundle;
    QCheckBox *m_legend;
    QCheckBox *m_clouds;
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
