#pragma once

#include "diagrams/DiagramOptions.h"
#include "diagrams/Figure.h"
#include "diagrams/FigureGeometry.h"
#include "model/Analysis.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

class QXmlStreamWriter;

// A laid-out figure as an uncompressed diagrams.net (draw.io) file that opens editable: each zone
// box a container holding its nodes, each node a shape with its role's icon embedded, an edge per
// arrow labelled with its flow numbers and carrying each flow's details as shape data (draw.io's
// Edit Data). Cell ids come from the plan's ids, so two exports of one plan line up. Every text
// from the plan is written through QXmlStreamWriter after removing what XML cannot hold.
class DrawioExport
{
public:
    DrawioExport(const Analysis &analysis, const Figure &figure, const FigureGeometry &geometry,
                 const DiagramOptions &options);

    QByteArray write();

    // The role's icon as draw.io writes an embedded image in a style: "data:image/svg+xml,"
    // followed by the base64 of the SVG (no ";base64": a style separates its keys with ';').
    static QString iconUri(Catalog::Role role);
    // The text with the characters XML 1.0 cannot hold removed (controls other than newline and
    // tab become spaces, unpaired surrogates and non-characters go).
    static QString xmlText(const QString &text);

private:
    void writeTitle(QXmlStreamWriter &xml);
    void writeZones(QXmlStreamWriter &xml);
    void writeNodes(QXmlStreamWriter &xml);
    void writeArrows(QXmlStreamWriter &xml);
    void writeText(QXmlStreamWriter &xml, const QString &id, const QString &text, const QRectF &box,
                   const QString &style);
    QString uniqueId(const QString &wanted);
    QString nodeLabel(const FigureNode &node) const;
    QString arrowLabel(const FigureArrow &arrow) const;
    QString legendText() const;

    const Plan &m_plan;
    const Figure &m_figure;
    const FigureGeometry &m_geometry;
    const DiagramOptions &m_options;
    QSet<QString> m_ids;
    QHash<QString, QString> m_zoneCells; // zone id -> cell id
    QHash<QString, QPointF> m_zoneOrigins;
    QList<QString> m_nodeCells; // figure node -> cell id
};
