#pragma once

#include <QList>
#include <QString>

namespace wushe::exchange {

// Which sheet row holds the headers, and which ledger column each sheet column
// feeds (empty key: ignored). Found by Importer::detect(), changeable by the user.
struct ColumnMapping
{
    int headerRow = -1;
    QList<QString> keys; // per sheet column

    int sourceOf(const QString& key) const { return int(keys.indexOf(key)); }
};

} // namespace wushe::exchange
