#include "model/Texts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Russian ships complete: every message the sources have is translated, none is left over, the
// placeholders survive, and no user-visible literal slips past the translation system.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void russianFileIsComplete();
    void russianFileMatchesTheSources();
    void placeholdersSurvive();
    void russianPluralsHaveThreeForms();
    void textsTranslateAndFormat();
    void noUntranslatedLiterals();
    void noHiddenMessages();

private:
    struct Message
    {
        QString context;
        QString source;
        QString type;
        QStringList forms;
        bool numerus = false;
    };
    static QList<Message> read(const QString &path);
    static QString sourceRoot() { return QStringLiteral(PORTOLAN_SOURCE_DIR); }
    // The build's list of layer folders, the one lupdate scans.
    static QStringList sourceFolders()
    {
        return QStringLiteral(PORTOLAN_SOURCE_FOLDERS).split(QLatin1Char(','));
    }
    static QString tsPath()
    {
        return sourceRoot() + QStringLiteral("/translations/portolan_ru.ts");
    }
    // Every line of the sources (lines[i] of its file) for which `offends` holds, as
    // "file:line: text"; a file that cannot be read is an offender too.
    static QStringList
    offendingLines(const std::function<bool(const QStringList &lines, int i)> &offends);
};

QStringList TestTranslations::offendingLines(
    const std::function<bool(const QStringList &lines, int i)> &offends)
{
    QStringList offenders;
    for (const QString &layer : sourceFolders()) {
        QDirIterator it(sourceRoot() + QLatin1Char('/') + layer,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                offenders << file.fileName() + QStringLiteral(": cannot be read");
                continue;
            }
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (offends(lines, i))
                    offenders << QStringLiteral("%1:%2: %3")
                                     .arg(file.fileName())
                                     .arg(i + 1)
                                     .arg(lines[i].trimmed());
            }
        }
    }
    return offenders;
}

QList<TestTranslations::Message> TestTranslations::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            messages << Message{context,
                                {},
                                {},
                                {},
                                xml.attributes().value(QLatin1String("numerus")) ==
                                    QLatin1String("yes")};
        else if (xml.name() == QLatin1String("source"))
            messages.last().source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!messages.last().numerus)
                messages.last().forms << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform"))
            messages.last().forms << xml.readElementText();
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

void TestTranslations::russianFileIsComplete()
{
    const QList<Message> messages = read(tsPath());
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty() || m.forms.isEmpty() || m.forms.contains(QString()))
            problems << QStringLiteral("%1 [%2]: %3").arg(m.context, m.type, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::russianFileMatchesTheSources()
{
    // lupdate into a copy: a message of the sources missing from the file comes out unfinished,
    // a message of the file no source has any more comes out vanished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_ru.ts"));
    QVERIFY(QFile::copy(tsPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceRoot());
    // The same folders the build hands lupdate: a new layer's strings are never silently dropped.
    const QStringList arguments =
        QStringList{QStringLiteral("-locations"), QStringLiteral("none")} + sourceFolders() +
        QStringList{QStringLiteral("-ts"), copy};
    lupdate.start(QStringLiteral(PORTOLAN_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList problems;
    for (const Message &m : read(copy)) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 [%2]: %3").arg(m.context, m.type, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("run the update_translations target "
                                                           "and translate:\n") +
                                            problems.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersSurvive()
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QStringList problems;
    for (const Message &m : read(tsPath())) {
        for (const QString &form : m.forms) {
            QStringList expected = placeholders(m.source);
            // A Russian singular form may spell out "one" instead of %n.
            if (m.numerus && !form.contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (placeholders(form) != expected)
                problems << m.source + QStringLiteral(" → ") + form;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::russianPluralsHaveThreeForms()
{
    int plurals = 0;
    for (const Message &m : read(tsPath())) {
        if (m.numerus) {
            ++plurals;
            QVERIFY2(m.forms.size() == 3, qPrintable(m.source));
        }
    }
    QVERIFY(plurals > 10);
}

void TestTranslations::textsTranslateAndFormat()
{
    const Texts ru = Texts::forLanguage(QStringLiteral("ru"));
    QCOMPARE(ru.text("Zone", "DMZ"), QStringLiteral("ДМЗ"));
    QCOMPARE(ru.number(5000), QStringLiteral("5\u00a0000"));
    QCOMPARE(Texts::forLanguage(QStringLiteral("en")).number(5000), QStringLiteral("5,000"));
    const char *plural = "%n managed computer(s)";
    QCOMPARE(Texts().text("Role", plural, 1), QStringLiteral("1 managed computer"));
    QCOMPARE(Texts().text("Role", plural, 5000), QStringLiteral("5,000 managed computers"));
    QCOMPARE(ru.text("Role", plural, 1), QStringLiteral("1 управляемый компьютер"));
    QCOMPARE(ru.text("Role", plural, 2), QStringLiteral("2 управляемых компьютера"));
    QCOMPARE(ru.text("Role", plural, 5), QStringLiteral("5 управляемых компьютеров"));
}

void TestTranslations::noUntranslatedLiterals()
{
    // A literal of two or more words in code is almost always text for people (markup, with its
    // '<', is not): it must go
    // through tr()/QT_TRANSLATE_NOOP, or carry a "not translated" comment saying why not.
    static const QRegularExpression prose(QStringLiteral(
        R"((QStringLiteral|QLatin1String|QString::fromUtf8)\("[^"<]*[A-Za-z]{3,} [a-z]{3,}[^"<]*"\))"));
    const QStringList offenders = offendingLines([](const QStringList &lines, int i) {
        const QString &line = lines[i];
        const bool excused = line.contains(QStringLiteral("not translated")) ||
                             (i > 0 && lines[i - 1].contains(QStringLiteral("not translated")));
        return prose.match(line).hasMatch() && !excused && !line.contains(QStringLiteral("tr(")) &&
               !line.contains(QStringLiteral("QT_TRANSLATE"));
    });
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

void TestTranslations::noHiddenMessages()
{
    // lupdate reads any call named tr() as a message of its own and then skips what it wraps:
    // tr(QT_TRANSLATE_NOOP(…)) through a helper named tr would never reach the .ts file.
    static const QRegularExpression hidden(
        QStringLiteral(R"(\btr\(\s*(QT_TRANSLATE_N?_?NOOP|k[A-Z]))"));
    const QStringList offenders = offendingLines(
        [](const QStringList &lines, int i) { return hidden.match(lines[i]).hasMatch(); });
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
