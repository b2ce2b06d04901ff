#pragma once

#include <QString>

// Plan text (names, addresses, titles) comes from a file anyone may have written. These turn it
// into text that cannot change the shape of the output it lands in.
namespace SafeText {

// One line: every control character and Unicode line or paragraph separator becomes a space, so a
// name cannot end a line and forge the next one (a checklist row, a rule, a comment).
QString oneLine(const QString &text);

// One CSV field (RFC 4180: quoted when it holds a separator, a quote or a line break). A field a
// spreadsheet would take for a formula (starting with =, +, -, @, tab or CR) gets a leading single
// quote and is quoted, as OWASP recommends; plain numbers and port lists such as "-" or "-1" stay.
QString csvField(const QString &value);

// Text for a Markdown table cell or heading: one line, pipes escaped, and HTML's special
// characters as entities, since Markdown passes raw HTML (<script>) through to the page.
QString markdown(const QString &text);

} // namespace SafeText
