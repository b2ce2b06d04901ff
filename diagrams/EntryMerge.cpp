#include "diagrams/EntryMerge.h"

#include <QHash>
#include <QJsonDocument>
#include <QStringList>

namespace {

// One flow as one of its devices sees it: the device itself is "*", the others by id.
QString endText(int index, int self, const QString &id)
{
    return index == self ? QStringLiteral("*") : id;
}

QString flowText(const Flow &flow, int self)
{
    QStringList ports;
    for (const int port : flow.ports)
        ports << QString::number(port);
    return QStringList{flow.number,
                       QString::number(flow.rule),
                       endText(flow.fromIndex, self, flow.from),
                       endText(flow.toIndex, self, flow.to),
                       endText(flow.viaIndex, self, flow.via),
                       Catalog::transportId(flow.transport),
                       ports.join(QLatin1Char(',')),
                       QString::number(int(flow.tls) + 2 * int(flow.local) + 4 * int(flow.push)),
                       flow.replaces}
        .join(QLatin1Char('|'));
}

} // namespace

QList<int> EntryMerge::representatives(const Analysis &analysis)
{
    const Plan &plan = analysis.plan();
    const qsizetype count = plan.devices.size();
    QList<QStringList> flowsOf(count);
    for (const Flow &flow : analysis.flows().flows) {
        for (const int index : {flow.fromIndex, flow.toIndex, flow.viaIndex}) {
            if (index >= 0 && index < count)
                flowsOf[index] << flowText(flow, index);
        }
    }
    QHash<QString, int> first;
    QList<int> result(count);
    for (int i = 0; i < count; ++i) {
        const Device &device = plan.devices[i];
        QStringList &flows = flowsOf[i];
        flows.sort();
        flows.removeDuplicates();
        // QJsonObject keeps its keys sorted: equal properties give equal text.
        const QString key =
            QStringList{
                QString::number(int(device.role)), device.zone, device.host,
                QString::fromUtf8(QJsonDocument(device.properties).toJson(QJsonDocument::Compact)),
                flows.join(QLatin1Char('\n'))}
                .join(QChar(0x1f));
        result[i] = *first.insert(key, first.value(key, i));
    }
    return result;
}
