#include "model/io/PlanFile.h"

#include "model/PlanAddress.h"
#include "model/io/InputFile.h"
#include "model/io/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
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

// Whole numbers as written ("10000001", not "1e+07"); others in the shortest exact form.
QString numberText(double d)
{
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1e21)
        return QString::number(d, 'f', 0);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
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
        const QString text = v.toString();
        if (text.size() > Limits::MaxTextLength)
            fail(child(path, key), PlanFile::tr("%1 characters; the limit is %2")
                                       .arg(text.size())
                                       .arg(Limits::MaxTextLength));
        return text;
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
        // The range is checked on the double: converting one beyond qint64 is undefined.
        const bool inRange = v.isDouble() && std::isfinite(d) && d >= double(min) &&
                             d <= double(max) && std::trunc(d) == d;
        if (!inRange) {
            fail(path, PlanFile::tr("expected a whole number from %1 to %2, found %3")
                           .arg(min)
                           .arg(max)
                           .arg(v.isDouble() ? numberText(d) : typeName(v)));
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

void checkDeviceId(const QJsonObject &p, const QString &key, const QString &path)
{
    const QJsonValue v = p.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        Reader::expected(child(path, key), PlanFile::tr("a device id"), v);
}

// `gateway` means two things, as the schema says: on a distribution point whether it acts as a
// gateway (true/false), on any other managed device the id of the gateway it uses.
void checkGateway(const QJsonObject &p, Catalog::Role role, const QString &path)
{
    const QString key = QStringLiteral("gateway");
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    const QString where = child(path, key);
    const QString roleId = QLatin1String(Catalog::roleInfo(role).id);
    if (role == Catalog::Role::DistributionPoint) {
        if (!v.isBool())
            Reader::fail(where, PlanFile::tr("expected true or false on a %1, found %2")
                                    .arg(roleId, Reader::typeName(v)));
    } else if (Catalog::roleInfo(role).managed && role != Catalog::Role::AdministrationServer) {
        if (!v.isString())
            Reader::fail(where, PlanFile::tr("expected the id of a gateway on a %1, found %2")
                                    .arg(roleId, Reader::typeName(v)));
    } else {
        Reader::fail(where, PlanFile::tr("a %1 has no gateway").arg(roleId));
    }
}

void checkProperties(const QJsonObject &p, Catalog::Role role, const QString &path)
{
    const QStringList editions = {QStringLiteral("windows"), QStringLiteral("linux")};
    Reader::oneOf(p, QStringLiteral("dbms"), path, Catalog::dbmsIds(), false);
    Reader::oneOf(p, QStringLiteral("edition"), path, editions, false);
    Reader::oneOf(p, QStringLiteral("connectedBy"), path,
                  {QStringLiteral("secondary"), QStringLiteral("primary")}, false);
    for (const char *key : {"internetAccess", "pushServer", "ksnProxy"})
        Reader::boolean(p, QLatin1String(key), path, false);
    if (p.contains(QStringLiteral("virtualServers")))
        Reader::integer(p.value(QStringLiteral("virtualServers")),
                        child(path, QStringLiteral("virtualServers")), 0, PlanFile::MaxCount);
    for (const char *key : {"primary", "server"})
        checkDeviceId(p, QLatin1String(key), path);
    checkGateway(p, role, path);
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
        checkProperties(d.properties, d.role, ppath);
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
    s.ksnProxy = Reader::boolean(o, QStringLiteral("ksnProxy"), path, true);
    s.extra = Reader::without(o, {"ports", "legacyAgentPort", "ksnProxy"});
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
    const QJsonArray devices = Reader::array(root, QStringLiteral("devices"), QString());
    if (zones.size() > Limits::MaxZones)
        Reader::fail(
            QStringLiteral("zones"),
            PlanFile::tr("%1 zones; the limit is %2").arg(zones.size()).arg(Limits::MaxZones));
    if (devices.size() > Limits::MaxDevices)
        Reader::fail(QStringLiteral("devices"), PlanFile::tr("%1 devices; the limit is %2")
                                                    .arg(devices.size())
                                                    .arg(Limits::MaxDevices));
    for (int i = 0; i < zones.size(); ++i)
        plan.zones << readZone(zones[i], QStringLiteral("zones[%1]").arg(i));
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

// UTF-16 and UTF-32 (with or without a byte order mark) give JSON's reader an "illegal value" at
// 1:1; say what the file is instead. JSON text starts with ASCII, so NULs among the first bytes
// give the encoding away.
QString wrongEncoding(const QByteArray &data)
{
    if (data.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)) ||
        data.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return QStringLiteral("UTF-32");
    if (data.startsWith("\xFE\xFF") || data.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16");
    const QByteArray head = data.left(4);
    if (head.size() == 4 && head.count('\0') == 3)
        return QStringLiteral("UTF-32");
    if (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0'))
        return QStringLiteral("UTF-16");
    return {};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Coordinates to a hundredth: drags and zooms leave values such as -539.9999999999999, which
// say nothing more than -540 and make a file noisy to read and to compare.
double coordinate(qreal value)
{
    return std::round(value * 100) / 100;
}

QJsonObject writeZone(const Zone &z)
{
    QJsonObject o = z.extra;
    o.insert(QStringLiteral("id"), z.id);
    o.insert(QStringLiteral("kind"), QLatin1String(Catalog::zoneKindInfo(z.kind).id));
    o.insert(QStringLiteral("name"), z.name);
    o.insert(QStringLiteral("geometry"),
             QJsonObject{{QStringLiteral("x"), coordinate(z.geometry.x())},
                         {QStringLiteral("y"), coordinate(z.geometry.y())},
                         {QStringLiteral("w"), coordinate(z.geometry.width())},
                         {QStringLiteral("h"), coordinate(z.geometry.height())}});
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
    o.insert(QStringLiteral("position"),
             QJsonObject{{QStringLiteral("x"), coordinate(d.position.x())},
                         {QStringLiteral("y"), coordinate(d.position.y())}});
    o.insert(QStringLiteral("properties"), d.properties);
    return o;
}

} // namespace

std::optional<Plan> PlanFile::parse(const QByteArray &bytes, const QString &file, PlanError *error)
{
    if (const QString encoding = wrongEncoding(bytes); !encoding.isEmpty()) {
        if (error)
            *error = PlanError{file, 0, 0, QString(),
                               tr("the file is %1; plan files must be UTF-8").arg(encoding)};
        return std::nullopt;
    }
    // A UTF-8 byte order mark is harmless; some editors write one.
    const QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
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
    QString message;
    const std::optional<QByteArray> data = InputFile::read(path, &message);
    if (!data) {
        if (error)
            *error = PlanError{path, 0, 0, QString(), message};
        return std::nullopt;
    }
    return parse(*data, path, error);
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
    settings.insert(QStringLiteral("ksnProxy"), plan.settings.ksnProxy);
    root.insert(QStringLiteral("settings"), settings);
    // QJsonObject keeps keys sorted, so the output is stable and diffs well. Indented is for
    // people and diffs; a plan whose indented form would be too large to load again is compact.
    const QJsonDocument document(root);
    const QByteArray indented = document.toJson(QJsonDocument::Indented);
    return indented.size() <= Limits::MaxPlanBytes ? indented
                                                   : document.toJson(QJsonDocument::Compact);
}

bool PlanFile::save(const Plan &plan, const QString &path, QString *error)
{
    const QByteArray bytes = serialize(plan);
    // A file Portolan would refuse to open is not written: the old one stays.
    if (bytes.size() > Limits::MaxPlanBytes) {
        if (error)
            *error = tr("%1: the plan would take %2 MB; plan files are limited to %3 MB")
                         .arg(path)
                         .arg((bytes.size() + 1024 * 1024 - 1) / (1024 * 1024))
                         .arg(Limits::MaxPlanBytes / (1024 * 1024));
        return false;
    }
    return OutputFile::write(path, bytes, error);
}
