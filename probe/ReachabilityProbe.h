#pragma once

#include "model/Checklist.h"
#include "model/Plan.h"
#include "probe/HostResolver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>

class QAbstractSocket;
class QTimer;

// What one probe of one checklist rule and port found, from the machine Portolan runs on.
struct ProbeResult
{
    enum class Status
    {
        Pending,         // not known yet: the probe is still running
        Reachable,       // TCP connected (and, on a TLS port, the handshake completed)
        Refused,         // the host answered, nothing listens on the port
        TimedOut,        // no answer within the timeout
        TlsFailed,       // TCP connected, the TLS handshake failed or did not finish in time
        NameNotResolved, // the host name in the plan does not resolve
        Failed,          // another network error (no route, network unreachable, …): see detail
        NotVerifiable,   // UDP: a connect proves nothing
        NoAddress,       // the destination has no address in the plan
        InvalidAddress,  // the plan's address is neither an IP address nor a host name
        Subnet,          // the destination is a group given as subnets: no one host to connect to
    };

    int row = -1; // index into the rows given to ReachabilityProbe::start
    QString from; // device ids, as in the row
    QString to;
    QString address; // as written in the plan
    Catalog::Transport transport = Catalog::Transport::Tcp;
    int port = 0;
    bool tls = false; // a TLS handshake was part of the probe
    Status status = Status::Pending;
    QString detail;                   // the socket's or TLS layer's own words, when there are any
    bool certificateVerified = false; // the chain and name checked out against the CA store
    QString certificateSubject;
    QDateTime certificateExpiry;
    qint64 elapsedMs = 0;
};

// Checks from this machine whether the plan's TCP rules are open: for each TCP checklist row whose
// destination has an address in the plan, a TCP connect to each port, and on TLS ports a TLS
// handshake that reports the peer certificate. Only the addresses written in the plan are ever
// contacted (host names through a HostResolver, the system's unless one is set); never a range,
// never anything else.
//
// Bounded: each connection has its own timeout (lookup, connect and handshake together: a lookup
// still running at the deadline is abandoned, the result is "name not resolved"), at most
// maxConnections() are open at once, and equal (address, port, TLS) targets are probed once.
// Asynchronous; probe() is the blocking form for the command line.
class ReachabilityProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 3000;
    static constexpr int DefaultMaxConnections = 16;

    explicit ReachabilityProbe(QObject *parent = nullptr);
    ~ReachabilityProbe() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    void setMaxConnections(int count);
    int maxConnections() const { return m_maxConnections; }
    // Trusted in addition to the system's CAs when verifying certificates (a company CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Resolves the plan's host names; null restores the system resolver. Set it between runs.
    void setResolver(std::shared_ptr<HostResolver> resolver);

    // Starts a run over `rows` (a checklist of `plan`); a running probe is cancelled first.
    // results() is complete at once, in row and port order; each entry is final when
    // resultReady(index) has been emitted. All signals arrive after start() has returned.
    void start(const Plan &plan, const QList<ChecklistRow> &rows);
    // Aborts every open connection; emits nothing more for this run.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<ProbeResult> &results() const { return m_results; }

    static QList<ProbeResult> probe(const Plan &plan, const QList<ChecklistRow> &rows,
                                    int timeoutMs = DefaultTimeoutMs,
                                    int maxConnections = DefaultMaxConnections,
                                    std::shared_ptr<HostResolver> resolver = {});

    static QString statusId(ProbeResult::Status status);   // "reachable", "refused", …
    static QString statusText(ProbeResult::Status status); // translated

signals:
    void resultReady(int index);
    void finished();

private:
    struct Target // one connection to make, shared by equal (address, port, TLS) results
    {
        QString host;
        quint16 port = 0;
        bool tls = false;
        QList<int> results;
    };
    struct Attempt
    {
        int target = -1;
        int lookup = -1; // the resolver's id while the host name is being looked up
        bool connected = false;
        QStringList sslErrors;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
    };

    void planResults(const Plan &plan, const QList<ChecklistRow> &rows);
    void addTarget(const QString &host, int port, bool tls, int resultIndex);
    void startMore();
    void startAttempt(int target);
    void connectSignals(QAbstractSocket *socket);
    void onResolved(QAbstractSocket *socket, const QList<QHostAddress> &addresses,
                    const QString &error);
    void onConnected(QAbstractSocket *socket);
    void onEncrypted(QAbstractSocket *socket);
    void onError(QAbstractSocket *socket);
    void onTimeout(QAbstractSocket *socket);
    void finish(QAbstractSocket *socket, const ProbeResult &outcome);
    void emitImmediateResults(quint64 run);
    void finishRunIfDone();

    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxConnections = DefaultMaxConnections;
    QList<QSslCertificate> m_extraCaCertificates;
    std::shared_ptr<HostResolver> m_resolver;
    QList<ProbeResult> m_results;
    QList<Target> m_targets;
    QList<int> m_immediate; // results known without a connection
    int m_nextTarget = 0;
    int m_pending = 0; // results not yet reported
    QHash<QAbstractSocket *, Attempt> m_active;
    bool m_running = false;
    quint64 m_run = 0; // tells a stale queued call from the current run
};
