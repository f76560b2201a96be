#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace wushe {

// Lists and "label: value" as the interface language writes them: 、 and ： in
// Chinese, ", " and ": " in English (from the translation). For text people read,
// not for stored or exchanged values.
inline QString joinList(const QStringList& items)
{
    return items.join(QCoreApplication::translate("Text", "、"));
}

inline QString labelled(const QString& label, const QString& value)
{
    return QCoreApplication::translate("Text", "%1：%2").arg(label, value);
}

} // namespace wushe
