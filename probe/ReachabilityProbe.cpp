#include "probe/ReachabilityProbe.h"

#include "model/PlanAddress.h"
#include "probe/SystemHostResolver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {

using Status = ProbeResult::Status;

struct StatusInfo
{
    Status status;
    const char *id;
    const char *text; // context "ReachabilityProbe"
};

const StatusInfo kStatuses[] = {
    {Status::Pending, "pending", QT_TRANSLATE_NOOP("ReachabilityProbe", "probing")},
    {Status::Reachable, "reachable", QT_TRANSLATE_NOOP("ReachabilityProbe", "reachable")},
    {Status::Refused, "refused", QT_TRANSLATE_NOOP("ReachabilityProbe", "refused")},
    {Status::TimedOut, "timed-out", QT_TRANSLATE_NOOP("ReachabilityProbe", "timed out")},
    {Status::TlsFailed, "tls-failed", QT_TRANSLATE_NOOP("ReachabilityProbe", "TLS failed")},
    {Status::NameNotResolved, "name-not-resolved",
     QT_TRANSLATE_NOOP("ReachabilityProbe", "name not resolved")},
    {Status::Failed, "failed", QT_TRANSLATE_NOOP("ReachabilityProbe", "failed")},
    {Status::NotVerifiable, "not-verifiable",
     QT_TRANSLATE_NOOP("ReachabilityProbe", "not verifiable by a connect")},
    {Status::NoAddress, "no-address", QT_TRANSLATE_NOOP("ReachabilityProbe", "no address")},
    {Status::InvalidAddress, "invalid-address",
     QT_TRANSLATE_NOOP("ReachabilityProbe", "not an address")},
    {Status::Subnet, "subnet",
     QT_TRANSLATE_NOOP("ReachabilityProbe", "skipped: a subnet, not one host")},
};

const StatusInfo &infoOf(Status status)
{
    for (const StatusInfo &info : kStatuses) {
        if (info.status == status)
            return info;
    }
    return kStatuses[0];
}

Status statusOfError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Status::Refused;
    case QAbstractSocket::HostNotFoundError:
        return Status::NameNotResolved;
    case QAbstractSocket::SocketTimeoutError:
        return Status::TimedOut;
    default:
        return Status::Failed;
    }
}

// What is known about a rule's port before any connection; Pending when only a connection tells.
Status statusWithoutConnecting(Catalog::Transport transport, PlanAddress::Kind kind, int port)
{
    if (transport == Catalog::Transport::Udp)
        return Status::NotVerifiable;
    if (kind == PlanAddress::Kind::None)
        return Status::NoAddress;
    if (kind == PlanAddress::Kind::Subnets)
        return Status::Subnet;
    if (kind == PlanAddress::Kind::Invalid || port <= 0 || port > 65535)
        return Status::InvalidAddress;
    return Status::Pending;
}

} // namespace

ReachabilityProbe::ReachabilityProbe(QObject *parent)
    : QObject(parent), m_resolver(std::make_shared<SystemHostResolver>())
{}

ReachabilityProbe::~ReachabilityProbe()
{
    cancel();
}

void ReachabilityProbe::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void ReachabilityProbe::setMaxConnections(int count)
{
    m_maxConnections = std::max(1, count);
}

void ReachabilityProbe::setResolver(std::shared_ptr<HostResolver> resolver)
{
    m_resolver = resolver ? std::move(resolver) : std::make_shared<SystemHostResolver>();
}

void ReachabilityProbe::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
}

QString ReachabilityProbe::statusId(ProbeResult::Status status)
{
    return QLatin1String(infoOf(status).id);
}

QString ReachabilityProbe::statusText(ProbeResult::Status status)
{
    return tr(infoOf(status).text);
}

void ReachabilityProbe::start(const Plan &plan, const QList<ChecklistRow> &rows)
{
    cancel();
    ++m_run;
    m_running = true;
    planResults(plan, rows);
    // Deferred so that a caller connects its slots before anything arrives.
    QTimer::singleShot(0, this, [this, run = m_run] { emitImmediateResults(run); });
}

void ReachabilityProbe::cancel()
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        QAbstractSocket *socket = it.key();
        it->timer->stop();
        if (it->lookup >= 0)
            m_resolver->abort(it->lookup);
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
    m_active.clear();
    m_running = false;
    ++m_run;
}

void ReachabilityProbe::planResults(const Plan &plan, const QList<ChecklistRow> &rows)
{
    m_results.clear();
    m_targets.clear();
    m_immediate.clear();
    m_nextTarget = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const ChecklistRow &row = rows[r];
        const Device *to = plan.device(row.to);
        const QString address = to ? to->address.trimmed() : QString();
        const PlanAddress::Kind kind = PlanAddress::kind(address);
        for (int port : row.ports) {
            ProbeResult result;
            result.row = r;
            result.from = row.from;
            result.to = row.to;
            result.address = address;
            result.transport = row.transport;
            result.port = port;
            result.tls = row.tls && row.transport == Catalog::Transport::Tcp;
            const int index = int(m_results.size());
            result.status = statusWithoutConnecting(row.transport, kind, port);
            if (result.status == Status::Pending)
                addTarget(address, port, result.tls, index);
            else
                m_immediate << index;
            m_results << result;
        }
    }
    m_pending = int(m_results.size());
}

void ReachabilityProbe::addTarget(const QString &host, int port, bool tls, int resultIndex)
{
    for (Target &target : m_targets) {
        if (target.host == host && target.port == port && target.tls == tls) {
            target.results << resultIndex;
            return;
        }
    }
    m_targets << Target{host, quint16(port), tls, {resultIndex}};
}

void ReachabilityProbe::emitImmediateResults(quint64 run)
{
    if (run != m_run)
        return; // queued by a run that was cancelled or restarted since
    // A copy: a slot may restart the probe, which replaces m_immediate.
    const QList<int> immediate = m_immediate;
    for (int index : immediate) {
        --m_pending;
        emit resultReady(index);
        if (run != m_run)
            return; // cancelled or restarted from a slot
    }
    startMore();
    finishRunIfDone();
}

void ReachabilityProbe::finishRunIfDone()
{
    if (m_running && m_pending == 0 && m_active.isEmpty()) {
        m_running = false;
        emit finished();
    }
}

void ReachabilityProbe::startMore()
{
    while (m_running && m_active.size() < m_maxConnections && m_nextTarget < m_targets.size())
        startAttempt(m_nextTarget++);
}

void ReachabilityProbe::startAttempt(int target)
{
    const Target &t = m_targets[target];
    QAbstractSocket *socket = t.tls ? new QSslSocket(this) : new QTcpSocket(this);
    // One timer for lookup, connect and handshake together: the user waits no longer than this.
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early or late
    connect(timer, &QTimer::timeout, this, [this, socket] { onTimeout(socket); });
    Attempt attempt;
    attempt.target = target;
    attempt.timer = timer;
    attempt.clock.start();
    m_active.insert(socket, attempt);
    connectSignals(socket);
    timer->start(m_timeoutMs);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        QSslConfiguration config = ssl->sslConfiguration();
        config.addCaCertificates(m_extraCaCertificates);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setSslConfiguration(config);
        ssl->setPeerVerifyName(t.host);
    }
    // A literal is connected to as is; only a host name goes through the resolver, never through
    // the socket's own lookup, which no timeout of ours could abandon.
    const QHostAddress literal(t.host);
    if (!literal.isNull()) {
        socket->connectToHost(literal, t.port);
        return;
    }
    const int lookup = m_resolver->lookup(
        t.host, socket, [this, socket](const QList<QHostAddress> &addresses, const QString &error) {
            onResolved(socket, addresses, error);
        });
    m_active[socket].lookup = lookup;
}

void ReachabilityProbe::onResolved(QAbstractSocket *socket, const QList<QHostAddress> &addresses,
                                   const QString &error)
{
    auto it = m_active.find(socket);
    if (it == m_active.end() || it->lookup < 0)
        return; // finished or abandoned meanwhile
    it->lookup = -1;
    if (addresses.isEmpty()) {
        ProbeResult outcome;
        outcome.status = Status::NameNotResolved;
        outcome.detail = error;
        finish(socket, outcome);
        return;
    }
    socket->connectToHost(addresses.first(), m_targets[it->target].port);
}

void ReachabilityProbe::connectSignals(QAbstractSocket *socket)
{
    connect(socket, &QAbstractSocket::connected, this, [this, socket] { onConnected(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { onError(socket); });
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl)
        return;
    connect(ssl, &QSslSocket::encrypted, this, [this, socket] { onEncrypted(socket); });
    // Verification errors are reported, not fatal: KSC's own certificates are self-signed.
    connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_active[ssl].sslErrors << e.errorString();
        ssl->ignoreSslErrors();
    });
}

void ReachabilityProbe::onConnected(QAbstractSocket *socket)
{
    Attempt &attempt = m_active[socket];
    attempt.connected = true;
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (!ssl) {
        ProbeResult outcome;
        outcome.status = Status::Reachable;
        finish(socket, outcome);
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        ProbeResult outcome;
        outcome.status = Status::TlsFailed;
        outcome.detail = tr("this machine has no TLS library");
        finish(socket, outcome);
        return;
    }
    ssl->startClientEncryption();
}

void ReachabilityProbe::onEncrypted(QAbstractSocket *socket)
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    const QSslCertificate certificate = ssl->peerCertificate();
    ProbeResult outcome;
    outcome.status = Status::Reachable;
    outcome.certificateVerified = m_active[socket].sslErrors.isEmpty();
    outcome.certificateSubject = certificate.subjectDisplayName();
    outcome.certificateExpiry = certificate.expiryDate();
    outcome.detail = m_active[socket].sslErrors.join(QStringLiteral("; "));
    finish(socket, outcome);
}

void ReachabilityProbe::onError(QAbstractSocket *socket)
{
    ProbeResult outcome;
    outcome.status =
        m_active[socket].connected ? Status::TlsFailed : statusOfError(socket->error());
    outcome.detail = socket->errorString();
    finish(socket, outcome);
}

void ReachabilityProbe::onTimeout(QAbstractSocket *socket)
{
    ProbeResult outcome;
    if (m_active[socket].connected) {
        outcome.status = Status::TlsFailed;
        outcome.detail = tr("the TLS handshake did not finish within %1 ms").arg(m_timeoutMs);
    } else if (m_active[socket].lookup >= 0) {
        // A resolver that does not answer in time: the name is what failed, not the port.
        m_resolver->abort(m_active[socket].lookup);
        m_active[socket].lookup = -1;
        outcome.status = Status::NameNotResolved;
        outcome.detail = tr("the name did not resolve within %1 ms").arg(m_timeoutMs);
    } else {
        outcome.status = Status::TimedOut;
        outcome.detail = tr("no answer within %1 ms").arg(m_timeoutMs);
    }
    finish(socket, outcome);
}

void ReachabilityProbe::finish(QAbstractSocket *socket, const ProbeResult &outcome)
{
    const Attempt attempt = m_active.take(socket);
    attempt.timer->stop();
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
    const quint64 run = m_run;
    // A copy: a slot may restart the probe, which replaces m_targets.
    const QList<int> indexes = m_targets[attempt.target].results;
    for (int index : indexes) {
        ProbeResult &result = m_results[index];
        result.status = outcome.status;
        result.detail = outcome.detail;
        result.certificateVerified = outcome.certificateVerified;
        result.certificateSubject = outcome.certificateSubject;
        result.certificateExpiry = outcome.certificateExpiry;
        result.elapsedMs = attempt.clock.elapsed();
        --m_pending;
        emit resultReady(index);
        if (run != m_run)
            return;
    }
    startMore();
    finishRunIfDone();
}

QList<ProbeResult> ReachabilityProbe::probe(const Plan &plan, const QList<ChecklistRow> &rows,
                                            int timeoutMs, int maxConnections,
                                            std::shared_ptr<HostResolver> resolver)
{
    ReachabilityProbe prober;
    prober.setResolver(std::move(resolver));
    prober.setTimeout(timeoutMs);
    prober.setMaxConnections(maxConnections);
    QEventLoop loop;
    connect(&prober, &ReachabilityProbe::finished, &loop, &QEventLoop::quit);
    prober.start(plan, rows);
    loop.exec();
    return prober.results();
}
