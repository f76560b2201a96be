#pragma once

#include <QFont>

class QTextDocument;

namespace wushe::report {

// The font printouts use: WenQuanYi Micro Hei first because its PDF text layer
// extracts correctly (platform notes, pitfall 4).
QFont printFont(qreal pointSize);
void applyPrintFont(QTextDocument& document, qreal pointSize);

} // namespace wushe::report
