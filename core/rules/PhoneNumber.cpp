#include "rules/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wushe::rules {

Result<QString> checkPhoneNumber(const QString& input)
{
    QString text;
    for (QChar c : input.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            text += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'－' || c == u'—')
            text += u'-';
        else
            text += c;
    }
    if (text.isEmpty())
        return QString();
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^(0\\d{2,3})[- ]?(\\d{7,8})$"));
    if (mobile.match(text).hasMatch())
        return text;
    if (const auto match = landline.match(text); match.hasMatch())
        return match.captured(1) + u'-' + match.captured(2);
    return fail(QStringLiteral("phone.format"),
                QCoreApplication::translate("PhoneNumber", "电话号码“%1”格式不对：应为11位手机号或带区号的固定电话").arg(input));
}

QString maskPhoneNumber(const QString& phone)
{
    if (phone.size() < 7)
        return phone;
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

} // namespace wushe::rules
