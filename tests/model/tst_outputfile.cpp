#include "model/io/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

// Outputs land where the user points them; special files are written to, never replaced.
class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void regularFileIsReplacedWhole();
    void fifoIsWrittenNotReplaced();
    void characterDeviceIsWrittenNotReplaced();
    void fullDeviceSaysSo();
    void inputPlanIsNeverOverwritten();

private:
    static bool isFifo(const QString &path)
    {
        struct stat info = {};
        return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
    }
    QTemporaryDir m_dir;
};

void TestOutputFile::regularFileIsReplacedWhole()
{
    const QString path = m_dir.filePath("out.txt");
    QString error;
    QVERIFY2(OutputFile::write(path, "first", &error), qPrintable(error));
    QVERIFY2(OutputFile::write(path, "second", &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("second"));
    QVERIFY(!OutputFile::write(m_dir.filePath("no-folder/out.txt"), "x", &error));
    QVERIFY2(error.contains(QStringLiteral("no-folder/out.txt: ")), qPrintable(error));
}

void TestOutputFile::fifoIsWrittenNotReplaced()
{
    const QString path = m_dir.filePath("fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QByteArray received;
    // The reader gives up after a few seconds, so a broken writer fails the test, not hangs it.
    std::thread reader([&] {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return;
        char buffer[4096];
        for (;;) {
            pollfd waiting{fd, POLLIN, 0};
            if (::poll(&waiting, 1, 5000) <= 0)
                break;
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, qsizetype(n));
            else if (n == 0 && !received.isEmpty())
                break;
            else if (n < 0 && errno != EAGAIN)
                break;
        }
        ::close(fd);
    });
    QTest::qWait(100);
    QString error;
    const bool written = OutputFile::write(path, "rules through a pipe\n", &error);
    reader.join();
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(received, QByteArray("rules through a pipe\n"));
    QVERIFY(isFifo(path));
}

void TestOutputFile::characterDeviceIsWrittenNotReplaced()
{
    QVERIFY(OutputFile::isSpecial(QStringLiteral("/dev/null")));
    QString error;
    QVERIFY2(OutputFile::write(QStringLiteral("/dev/null"), "discarded", &error),
             qPrintable(error));
    struct stat info = {};
    QCOMPARE(::stat("/dev/null", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));
}

void TestOutputFile::fullDeviceSaysSo()
{
    QString error;
    QVERIFY(!OutputFile::write(QStringLiteral("/dev/full"), QByteArray(100000, 'x'), &error));
    QVERIFY2(error.contains(QStringLiteral("/dev/full: No space left on device")),
             qPrintable(error));
    struct stat info = {};
    QCOMPARE(::stat("/dev/full", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));
}

void TestOutputFile::inputPlanIsNeverOverwritten()
{
    const QString plan = m_dir.filePath("plan.json");
    QString error;
    QVERIFY(OutputFile::write(plan, "{\"the\":\"plan\"}", &error));
    // Spelled differently, or through a link: still the input.
    const QString link = m_dir.filePath("link.json");
    QVERIFY(QFile::link(plan, link));
    const QStringList outputs = {plan, m_dir.path() + QStringLiteral("/./plan.json"), link};
    for (const QString &out : outputs) {
        QVERIFY(!OutputFile::write(out, "checklist", &error, {plan}));
        QVERIFY2(error.contains(QStringLiteral("this is the input plan")), qPrintable(error));
    }
    QFile f(plan);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"the\":\"plan\"}"));
    QVERIFY(OutputFile::write(m_dir.filePath("other.txt"), "checklist", &error, {plan}));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
