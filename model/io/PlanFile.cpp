#include "model/io/PlanFile.h"

#include "model/PlanAddress.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

QString PlanError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        where += QStringLiteral(": ") + path;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

// Thrown inside the reader only; parse() turns it into a PlanError.
struct ShapeError
{
    QString path;
    QString message;
};

QString joinIds(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

class Reader
{
public:
    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return PlanFile::tr("null");
        case QJsonValue::Bool:
            return PlanFile::tr("a boolean");
        case QJsonValue::Double:
            return PlanFile::tr("a number");
        case QJsonValue::String:
            return PlanFile::tr("a string");
        case QJsonValue::Array:
            return PlanFile::tr("an array");
        case QJsonValue::Object:
            return PlanFile::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return PlanFile::tr("nothing");
    }

    [[noreturn]] static void fail(const QString &path, const QString &message)
    {
        throw ShapeError{path, message};
    }

    [[noreturn]] static void expected(const QString &path, const QString &what, const QJsonValue &v)
    {
        fail(path, PlanFile::tr("expected %1, found %2").arg(what, typeName(v)));
    }

    static QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            expected(path, PlanFile::tr("an object"), v);
        return v.toObject();
    }

    static QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            expected(child(path, key), PlanFile::tr("an array"), v);
        return v.toArray();
    }

    static QString string(const QJsonObject &o, const QString &key, const QString &path,
                          bool required)
    {
        const QJsonValue v = o.value(key);
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        if (!v.isString() || (required && v.toString().isEmpty()))
            expected(child(path, key), PlanFile::tr("a non-empty string"), v);
        return v.toString();
    }

    static double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return 0;
        if (!v.isDouble())
            expected(child(path, key), PlanFile::tr("a number"), v);
        return v.toDouble();
    }

    static qint64 integer(const QJsonValue &v, const QString &path, qint64 min, qint64 max)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
            fail(path, PlanFile::tr("expected a whole number from %1 to %2, found %3")
                           .arg(min)
                           .arg(max)
                           .arg(v.isDouble() ? QString::number(d) : typeName(v)));
        }
        return qint64(d);
    }

    static bool boolean(const QJsonObject &o, const QString &key, const QString &path,
                        bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            expected(child(path, key), PlanFile::tr("true or false"), v);
        return v.toBool();
    }

    static QString oneOf(const QJsonObject &o, const QString &key, const QString &path,
                         const QStringList &valid, bool required)
    {
        const QString value = string(o, key, path, required);
        if (!value.isEmpty() && !valid.contains(value)) {
            fail(child(path, key),
                 PlanFile::tr("unknown value \"%1\"; valid values: %2").arg(value, joinIds(valid)));
        }
        return value;
    }

    static QJsonObject without(QJsonObject o, std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            o.remove(QLatin1String(key));
        return o;
    }
};

Zone readZone(const QJsonValue &value, const QString &path)
{
    const QJsonObject o = Reader::object(value, path);
    Zone zone;
    zone.id = Reader::string(o, QStringLiteral("id"), path, true);
    zone.kind = *Catalog::zoneKindFromId(
        Reader::oneOf(o, QStringLiteral("kind"), path, Catalog::zoneKindIds(), true));
    zone.name = Reader::string(o, QStringLiteral("name"), path, false);
    if (o.contains(QStringLiteral("geometry"))) {
        const QString gpath = path + QStringLiteral(".geometry");
        const QJsonObject g = Reader::object(o.value(QStringLiteral("geometry")), gpath);
        zone.geometry = QRectF(Reader::number(g, QStringLiteral("x"), gpath),
                               Reader::number(g, QStringLiteral("y"), gpath),
                               Reader::number(g, QStringLiteral("w"), gpath),
                               Reader::number(g, QStringLiteral("h"), gpath));
        if (zone.geometry.width() < 0 || zone.geometry.height() < 0)
            Reader::fail(gpath, PlanFile::tr("width and height must not be negative"));
    }
    zone.extra = Reader::without(o, {"id", "kind", "name", "geometry"});
    return zone;
}

void checkProperties(const QJsonObject &p, const QString &path)
{
    const QStringList editions = {QStringLiteral("windows"), QStringLiteral("linux")};
    Reader::oneOf(p, QStringLiteral("dbms"), path, Catalog::dbmsIds(), false);
    Reader::oneOf(p, QStringLiteral("edition"), path, editions, false);
    for (const char *key : {"internetAccess", "gateway", "pushServer"})
        Reader::boolean(p, QLatin1String(key), path, false);
    for (const char *key : {"primary", "server", "gateway"}) {
        const QJsonValue v = p.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString() && !v.isBool())
            Reader::expected(child(path, QLatin1String(key)), PlanFile::tr("a device id"), v);
    }
}

Device readDevice(const QJsonValue &value, const QString &path)
{
    const QJsonObject o = Reader::object(value, path);
    Device d;
    d.id = Reader::string(o, QStringLiteral("id"), path, true);
    d.role = *Catalog::roleFromId(
        Reader::oneOf(o, QStringLiteral("role"), path, Catalog::roleIds(), true));
    d.name = Reader::string(o, QStringLiteral("name"), path, false);
    d.zone = Reader::string(o, QStringLiteral("zone"), path, false);
    if (o.contains(QStringLiteral("count")))
        d.count = Reader::integer(o.value(QStringLiteral("count")), path + QStringLiteral(".count"),
                                  1, PlanFile::MaxCount);
    d.host = Reader::string(o, QStringLiteral("host"), path, false);
    d.address = Reader::string(o, QStringLiteral("address"), path, false);
    if (PlanAddress::kind(d.address) == PlanAddress::Kind::Invalid)
        Reader::fail(path + QStringLiteral(".address"),
                     PlanFile::tr("expected an IPv4 or IPv6 address, a host name, or CIDR subnets "
                                  "separated by commas (10.1.0.0/16, fd00::/8), found “%1”")
                         .arg(d.address));
    if (o.contains(QStringLiteral("position"))) {
        const QString ppath = path + QStringLiteral(".position");
        const QJsonObject p = Reader::object(o.value(QStringLiteral("position")), ppath);
        d.position = QPointF(Reader::number(p, QStringLiteral("x"), ppath),
                             Reader::number(p, QStringLiteral("y"), ppath));
    }
    if (o.contains(QStringLiteral("properties"))) {
        const QString ppath = path + QStringLiteral(".properties");
        d.properties = Reader::object(o.value(QStringLiteral("properties")), ppath);
        checkProperties(d.properties, ppath);
    }
    d.extra = Reader::without(
        o, {"id", "role", "name", "zone", "count", "host", "address", "position", "properties"});
    return d;
}

PlanSettings readSettings(const QJsonObject &root)
{
    PlanSettings s;
    if (!root.contains(QStringLiteral("settings")))
        return s;
    const QString path = QStringLiteral("settings");
    const QJsonObject o = Reader::object(root.value(path), path);
    if (o.contains(QStringLiteral("ports"))) {
        const QString ppath = path + QStringLiteral(".ports");
        const QJsonObject ports = Reader::object(o.value(QStringLiteral("ports")), ppath);
        for (auto it = ports.begin(); it != ports.end(); ++it) {
            const QString keyPath = ppath + QLatin1Char('.') + it.key();
            if (!Catalog::portInfo(it.key()))
                Reader::fail(keyPath, PlanFile::tr("unknown port name; valid names: %1")
                                          .arg(joinIds(Catalog::portNames())));
            s.ports.insert(it.key(), int(Reader::integer(it.value(), keyPath, 1, 65535)));
        }
    }
    s.legacyAgentPort = Reader::boolean(o, QStringLiteral("legacyAgentPort"), path, false);
    s.extra = Reader::without(o, {"ports", "legacyAgentPort"});
    return s;
}

Plan readPlan(const QJsonDocument &doc)
{
    if (!doc.isObject())
        Reader::fail(QStringLiteral("$"), PlanFile::tr("expected an object at the top level"));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QStringLiteral("portolan-plan"))
        Reader::fail(QStringLiteral("format"),
                     PlanFile::tr("expected \"portolan-plan\"; this is not a Portolan plan"));
    const qint64 version =
        Reader::integer(root.value(QStringLiteral("version")), QStringLiteral("version"), 1, 1000);
    if (version > Plan::FormatVersion)
        Reader::fail(QStringLiteral("version"),
                     PlanFile::tr("version %1 is newer than this Portolan reads (%2)")
                         .arg(version)
                         .arg(Plan::FormatVersion));
    Plan plan;
    plan.title = Reader::string(root, QStringLiteral("title"), QString(), false);
    const QJsonArray zones = Reader::array(root, QStringLiteral("zones"), QString());
    for (int i = 0; i < zones.size(); ++i)
        plan.zones << readZone(zones[i], QStringLiteral("zones[%1]").arg(i));
    const QJsonArray devices = Reader::array(root, QStringLiteral("devices"), QString());
    for (int i = 0; i < devices.size(); ++i)
        plan.devices << readDevice(devices[i], QStringLiteral("devices[%1]").arg(i));
    plan.settings = readSettings(root);
    plan.extra =
        Reader::without(root, {"format", "version", "title", "zones", "devices", "settings"});
    return plan;
}

void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    const QString before = QString::fromUtf8(data.left(qBound(0, offset, int(data.size()))));
    *line = int(before.count(QLatin1Char('\n'))) + 1;
    *column = int(before.size() - before.lastIndexOf(QLatin1Char('\n'))); // 1-based
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject writeZone(const Zone &z)
{
    QJsonObject o = z.extra;
    o.insert(QStringLiteral("id"), z.id);
    o.insert(QStringLiteral("kind"), QLatin1String(Catalog::zoneKindInfo(z.kind).id));
    o.insert(QStringLiteral("name"), z.name);
    o.insert(QStringLiteral("geometry"), QJsonObject{{QStringLiteral("x"), z.geometry.x()},
                                                     {QStringLiteral("y"), z.geometry.y()},
                                                     {QStringLiteral("w"), z.geometry.width()},
                                                     {QStringLiteral("h"), z.geometry.height()}});
    return o;
}

QJsonObject writeDevice(const Device &d)
{
    QJsonObject o = d.extra;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("role"), QLatin1String(Catalog::roleInfo(d.role).id));
    o.insert(QStringLiteral("name"), d.name);
    o.insert(QStringLiteral("zone"), orNull(d.zone));
    o.insert(QStringLiteral("count"), d.count);
    o.insert(QStringLiteral("host"), orNull(d.host));
    o.insert(QStringLiteral("address"), orNull(d.address));
    o.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), d.position.x()},
                                                     {QStringLiteral("y"), d.position.y()}});
    o.insert(QStringLiteral("properties"), d.properties);
    return o;
}

} // namespace

std::optional<Plan> PlanFile::parse(const QByteArray &data, const QString &file, PlanError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        PlanError e{file, 0, 0, QString(), tr("malformed JSON: %1").arg(parseError.errorString())};
        // Qt's offset lies just past the offending character; point at the character itself.
        lineAndColumn(data, qMax(0, parseError.offset - 1), &e.line, &e.column);
        if (error)
            *error = e;
        return std::nullopt;
    }
    try {
        return readPlan(doc);
    } catch (const ShapeError &shape) {
        if (error)
            *error = PlanError{file, 0, 0, shape.path, shape.message};
        return std::nullopt;
    }
}

std::optional<Plan> PlanFile::load(const QString &path, PlanError *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = PlanError{path, 0, 0, QString(), message};
        return std::nullopt;
    };
    QFile file(path);
    if (QFileInfo(path).isDir())
        return fail(tr("is a folder, not a plan file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open: %1").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return fail(tr("the file is %1 MB; plan files are limited to %2 MB")
                        .arg(file.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024)));
    return parse(file.readAll(), path, error);
}

QByteArray PlanFile::serialize(const Plan &plan)
{
    QJsonObject root = plan.extra;
    root.insert(QStringLiteral("format"), QStringLiteral("portolan-plan"));
    root.insert(QStringLiteral("version"), Plan::FormatVersion);
    root.insert(QStringLiteral("title"), plan.title);
    QJsonArray zones;
    for (const Zone &z : plan.zones)
        zones.append(writeZone(z));
    QJsonArray devices;
    for (const Device &d : plan.devices)
        devices.append(writeDevice(d));
    root.insert(QStringLiteral("zones"), zones);
    root.insert(QStringLiteral("devices"), devices);
    QJsonObject settings = plan.settings.extra;
    QJsonObject ports;
    for (auto it = plan.settings.ports.begin(); it != plan.settings.ports.end(); ++it)
        ports.insert(it.key(), it.value());
    settings.insert(QStringLiteral("ports"), ports);
    settings.insert(QStringLiteral("legacyAgentPort"), plan.settings.legacyAgentPort);
    root.insert(QStringLiteral("settings"), settings);
    // QJsonObject keeps keys sorted, so the output is stable and diffs well.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PlanFile::save(const Plan &plan, const QString &path, QString *error)
{
    return writeFileAtomically(path, serialize(plan), error);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    if (path == QStringLiteral("-")) {
        const bool ok =
            std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size()) &&
            std::fflush(stdout) == 0;
        if (!ok && error)
            *error = PlanFile::tr("standard output: the output could not be written");
        return ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
