#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The manual page (resources/portolan.1) is written by hand; this keeps it from drifting away
// from what the program says: every command listed by `portolan --help` has a section whose
// heading is the command's usage line, and every option of `portolan VERB --help` is described
// there (or among the common options), and the page describes no option a command lacks.
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verb_data();
    void verb();
    void noStaleSections();

private:
    static QString run(const QStringList &args);
    static QSet<QString> longOptions(const QString &text, const QRegularExpression &pattern);

    QStringList m_verbs;
    QMap<QString, QString> m_sections; // heading -> body, roff escapes removed
    QString m_common;
};

QString TestManPage::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PORTOLAN_BINARY), args);
    if (!p.waitForFinished(30000))
        qFatal("portolan did not finish");
    return QString::fromUtf8(p.readAllStandardOutput());
}

QSet<QString> TestManPage::longOptions(const QString &text, const QRegularExpression &pattern)
{
    QSet<QString> names;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

void TestManPage::initTestCase()
{
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/portolan.1"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString page = QString::fromUtf8(file.readAll());
    page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    page.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    QString heading;
    QString *body = &m_common;
    QString ignored;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral(".SH"))) {
            body = line.contains(QStringLiteral("COMMON OPTIONS")) ? &m_common : &ignored;
        } else if (line.startsWith(QStringLiteral(".SS "))) {
            heading = line.mid(4).remove(QLatin1Char('"')).trimmed();
            body = &m_sections[heading];
        } else {
            *body += line + QLatin1Char('\n');
        }
    }

    const QString help =
        run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) "),
                                                QRegularExpression::MultilineOption);
    for (auto it = commandLine.globalMatch(help); it.hasNext();)
        m_verbs << it.next().captured(1);
    QVERIFY2(m_verbs.size() >= 10, qPrintable(help));
}

void TestManPage::verb_data()
{
    QTest::addColumn<QString>("verb");
    for (const QString &verb : m_verbs)
        QTest::addRow("%s", qPrintable(verb)) << verb;
}

void TestManPage::verb()
{
    QFETCH(QString, verb);
    const QString prefix = QStringLiteral("portolan ") + verb;
    QString heading;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.key() == prefix || it.key().startsWith(prefix + QLatin1Char(' ')))
            heading = it.key();
    }
    QVERIFY2(!heading.isEmpty(), qPrintable(QStringLiteral("no section for ") + prefix));
    if (verb == QStringLiteral("help"))
        return; // prints the command list, checked above

    // QCommandLineParser's help: "Usage: …", then the usage line, then "Options:" and one line
    // per option ("  -o, --output <file>  Write to …").
    const QString help =
        run({verb, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    const QStringList lines = help.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 3, qPrintable(help));
    QCOMPARE(heading, lines[1]);

    static const QRegularExpression helpOption(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                               QRegularExpression::MultilineOption);
    const QSet<QString> offered = longOptions(help, helpOption);
    QVERIFY(offered.contains(QStringLiteral("lang")));
    const QString body = m_sections.value(heading);
    for (const QString &option : offered) {
        const QString spelled = QStringLiteral("--") + option;
        QVERIFY2(body.contains(spelled) || m_common.contains(spelled),
                 qPrintable(QStringLiteral("%1: %2 is not in the manual page").arg(verb, spelled)));
    }
    // Options the page describes (on its .B/.BI/.BR lines) exist.
    static const QRegularExpression pageOption(QStringLiteral("^\\.B[IR]? --([a-z][a-z-]*)"),
                                               QRegularExpression::MultilineOption);
    for (const QString &option : longOptions(body, pageOption))
        QVERIFY2(offered.contains(option),
                 qPrintable(QStringLiteral("%1: the manual page describes --%2, which it lacks")
                                .arg(verb, option)));
}

void TestManPage::noStaleSections()
{
    for (const QString &heading : m_sections.keys()) {
        const QString verb = heading.section(QLatin1Char(' '), 1, 1);
        QVERIFY2(m_verbs.contains(verb), qPrintable(heading));
    }
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
