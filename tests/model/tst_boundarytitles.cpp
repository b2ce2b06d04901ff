#include "exports/ChecklistWriter.h"
#include "exports/FirewallExport.h"
#include "model/Analysis.h"
#include "model/BoundaryTitles.h"
#include "tests/support/TestPlans.h"

// The Boundary column names the zones as the planner did, the same in the checklist's every
// format and in both languages: a reader who has two LANs must see which one a rule is for.
class TestBoundaryTitles : public QObject
{
    Q_OBJECT

private slots:
    void titlesUseTheZonesNames_data();
    void titlesUseTheZonesNames();
    void everyOutputWritesTheSameTitles_data();
    void everyOutputWritesTheSameTitles();
    void oneGroupPerPairOfZones();

private:
    // The reference plan, or it changed as the test row names.
    static Plan plan(const QString &name);
    // The boundaries of a plan's checklist in their order, each once.
    static QStringList titles(const Plan &plan, const Texts &texts);
};

Plan TestBoundaryTitles::plan(const QString &name)
{
    Plan p = templatePlan(QStringLiteral("gateway"));
    if (name == QLatin1String("two LANs")) {
        p.zones << Zone::make(QStringLiteral("branch"), Catalog::ZoneKind::Lan,
                              QStringLiteral("Branch LAN"));
        p.devices << makeDevice(QStringLiteral("branch-pcs"), Catalog::Role::ManagedComputer,
                                QStringLiteral("branch"), 40);
    } else if (name == QLatin1String("unnamed DMZ")) {
        p.zone(QStringLiteral("dmz"))->name.clear();
    } else if (name == QLatin1String("shared name")) {
        // The LAN and the DMZ both called "Office": the kind tells them apart.
        p.zone(QStringLiteral("lan"))->name = QStringLiteral("Office");
        p.zone(QStringLiteral("dmz"))->name = QStringLiteral("Office");
    } else if (name == QLatin1String("shared name and kind")) {
        p.zones << Zone::make(QStringLiteral("lan-2"), Catalog::ZoneKind::Lan,
                              QStringLiteral("Head office LAN"));
        p.devices << makeDevice(QStringLiteral("more-pcs"), Catalog::Role::ManagedComputer,
                                QStringLiteral("lan-2"), 40);
    }
    return p;
}

QStringList TestBoundaryTitles::titles(const Plan &p, const Texts &texts)
{
    const BoundaryTitles boundaries(p, texts);
    QStringList result;
    for (const ChecklistRow &row : Analysis(p).checklist()) {
        const QString title = boundaries.title(row);
        if (!result.contains(title))
            result << title;
    }
    return result;
}

void TestBoundaryTitles::titlesUseTheZonesNames_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected"); // in the checklist's order
    const QStringList reference = {"Head office LAN → DMZ", "Head office LAN → Internet",
                                   "DMZ → Internet",        "Internet → Head office LAN",
                                   "Internet → DMZ",        "Inside “Head office LAN”",
                                   "Inside “Internet”"};
    QTest::newRow("reference") << "reference"
                               << "en" << reference;
    // A zone's own name is the planner's: a Russian checklist keeps it, and says the rest in
    // Russian.
    QTest::newRow("reference, Russian")
        << "reference"
        << "ru" << QStringList{"Head office LAN → DMZ", "Head office LAN → Internet",
                               "DMZ → Internet",        "Internet → Head office LAN",
                               "Internet → DMZ",        "Внутри зоны «Head office LAN»",
                               "Внутри зоны «Internet»"};
    // The branch's agents reach the server directly: two LANs, two boundaries each way.
    QTest::newRow("two LANs") << "two LANs"
                              << "en"
                              << QStringList{"Head office LAN → Branch LAN",
                                             "Branch LAN → Head office LAN",
                                             "Head office LAN → DMZ",
                                             "Head office LAN → Internet",
                                             "DMZ → Internet",
                                             "Internet → Head office LAN",
                                             "Internet → DMZ",
                                             "Inside “Head office LAN”",
                                             "Inside “Branch LAN”",
                                             "Inside “Internet”"};
    // Without a name, the zone's kind, in the output's language.
    QTest::newRow("unnamed DMZ") << "unnamed DMZ"
                                 << "en"
                                 << QStringList{"Head office LAN → DMZ",
                                                "Head office LAN → Internet", "DMZ → Internet",
                                                "Internet → Head office LAN", "Internet → DMZ"};
    QTest::newRow("unnamed DMZ, Russian")
        << "unnamed DMZ"
        << "ru"
        << QStringList{"Head office LAN → ДМЗ", "Head office LAN → Internet", "ДМЗ → Internet",
                       "Internet → Head office LAN", "Internet → ДМЗ"};
    QTest::newRow("shared name") << "shared name"
                                 << "en"
                                 << QStringList{"Office (LAN) → Office (DMZ)",
                                                "Office (DMZ) → Internet",
                                                "Internet → Office (DMZ)", "Inside “Office (LAN)”"};
    QTest::newRow("shared name, Russian")
        << "shared name"
        << "ru"
        << QStringList{"Office (Локальная сеть) → Office (ДМЗ)", "Office (ДМЗ) → Internet",
                       "Внутри зоны «Office (Локальная сеть)»"};
    QTest::newRow("shared name and kind")
        << "shared name and kind"
        << "en"
        << QStringList{"Head office LAN (lan) → Head office LAN (lan-2)",
                       "Head office LAN (lan-2) → Head office LAN (lan)",
                       "Head office LAN (lan) → DMZ", "Inside “Head office LAN (lan)”",
                       "Inside “Head office LAN (lan-2)”"};
}

void TestBoundaryTitles::titlesUseTheZonesNames()
{
    QFETCH(QString, plan);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QStringList all = titles(this->plan(plan), Texts::forLanguage(language));
    // The expected titles appear in this order (a plan may have more boundaries).
    qsizetype at = -1;
    for (const QString &title : expected) {
        const qsizetype found = all.indexOf(title);
        QVERIFY2(found > at, qPrintable(title + QStringLiteral(" in ") + all.join(" | ")));
        at = found;
    }
    // No zone-kind words next to names: a title says a zone's kind only for a zone without a
    // name or with a name another zone has.
    if (plan == QLatin1String("reference") || plan == QLatin1String("two LANs")) {
        for (const QString &title : all)
            QVERIFY2(!title.startsWith(QStringLiteral("LAN ")), qPrintable(title));
    }
}

void TestBoundaryTitles::everyOutputWritesTheSameTitles_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : ChecklistWriter::formats())
        QTest::newRow(qPrintable(format)) << format;
    for (const QString &target : FirewallExport::targets()) {
        if (target != QLatin1String("windows")) // its rules are named by flow and devices
            QTest::newRow(qPrintable(target)) << target;
    }
}

void TestBoundaryTitles::everyOutputWritesTheSameTitles()
{
    QFETCH(QString, format);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        const Texts texts = Texts::forLanguage(language);
        const Plan p = plan(QStringLiteral("two LANs"));
        const QList<ChecklistRow> rows = Checklist::merge(Analysis(p).checklist());
        const QString out = QString::fromUtf8(
            ChecklistWriter::formats().contains(format)
                ? ChecklistWriter::write(p, rows, format, texts)
                : FirewallExport::write(p, Analysis(p).checklist(), format, texts));
        for (const QString &title : titles(p, texts)) {
            // HTML escapes the quotation marks of nothing here; JSON and CSV keep them as text.
            QVERIFY2(out.contains(title), qPrintable(language + QLatin1Char(' ') + title));
        }
    }
}

void TestBoundaryTitles::oneGroupPerPairOfZones()
{
    // Rows of one title are together, and a title is one boundary: the checklist tab's filter
    // and the printed sections group by the key, and show the title.
    const Plan p = plan(QStringLiteral("two LANs"));
    const BoundaryTitles boundaries(p, Texts());
    QHash<QString, QString> titleOfKey;
    QHash<QString, QString> keyOfTitle;
    QStringList order;
    for (const ChecklistRow &row : Analysis(p).checklist()) {
        const QString key = Checklist::boundaryKey(p, row);
        const QString title = boundaries.title(row);
        QCOMPARE(titleOfKey.value(key, title), title);
        QCOMPARE(keyOfTitle.value(title, key), key);
        titleOfKey.insert(key, title);
        keyOfTitle.insert(title, key);
        if (order.isEmpty() || order.last() != key) {
            QVERIFY2(!order.contains(key), qPrintable(title)); // each group appears once
            order << key;
        }
    }
    // The keys sort as the checklist is ordered (the table sorts its Boundary column by them).
    QStringList sorted = order;
    sorted.sort();
    QCOMPARE(sorted, order);
}

QTEST_APPLESS_MAIN(TestBoundaryTitles)
#include "tst_boundarytitles.moc"
