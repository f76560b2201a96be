#include "AppFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace wushe::ui {

void applyChineseFont(QApplication& app)
{
    const QStringList preferred{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")};
    QStringList available;
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& family : preferred)
        if (installed.contains(family))
            available << family;
    if (available.isEmpty())
        return; // keep the platform default rather than a font that is not there
    QFont font = app.font();
    font.setFamilies(available);
    app.setFont(font);
}

} // namespace wushe::ui
