#pragma once

#include <QByteArray>
#include <QString>

namespace wushe::rules {

// Binary sort key of a name in Chinese (pinyin) collation order, from ICU's "zh"
// collator. Stored in an indexed BLOB column at write time, so ORDER BY name_key
// is pinyin order on any connection, without registering a collation.
QByteArray pinyinKey(const QString& name);

} // namespace wushe::rules
