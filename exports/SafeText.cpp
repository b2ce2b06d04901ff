#include "exports/SafeText.h"

namespace {

bool breaksLine(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator;
}

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return false;
    // A signed number or a dash stands for itself; a spreadsheet computes nothing from it.
    if (first == u'-' || first == u'+') {
        bool numeric = true;
        for (qsizetype i = 1; i < value.size() && numeric; ++i)
            numeric = value[i].isDigit() || value[i] == u'.';
        return !numeric;
    }
    return true;
}

} // namespace

QString SafeText::oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (QChar c : text)
        line += breaksLine(c) ? QChar(u' ') : c;
    return line.simplified();
}

QString SafeText::csvField(const QString &value)
{
    const bool formula = startsFormula(value);
    if (!formula && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = formula ? QStringLiteral("'") + value : value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SafeText::markdown(const QString &text)
{
    QString out;
    const QString line = oneLine(text);
    out.reserve(line.size());
    for (QChar c : line) {
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'|')
            out += QStringLiteral("\\|");
        else
            out += c;
    }
    return out;
}
