#include "report/PrintFont.h"

#include <QTextDocument>

namespace wushe::report {

QFont printFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    return font;
}

void applyPrintFont(QTextDocument& document, qreal pointSize)
{
    document.setDefaultFont(printFont(pointSize));
}

} // namespace wushe::report
