#pragma once

#include <QMetaType>
#include <QSet>
#include <QStringList>

#include <initializer_list>

namespace wushe::ops {

// The one notification after an operation commits: which batch of the change log,
// what kind of change, and what it touched, so that views refresh only what changed.
struct Change
{
    qint64 batch = 0;
    QString kind;     // e.g. elderly_record.save, import.elderly, undo
    QString summary;  // e.g. 保存老年人台账：张三
    QSet<QString> tables;   // SQL tables with changed rows
    QSet<QString> orgCodes; // divisions of the changed rows
    QStringList rowIds;     // the first BatchTouched::kMaxRowIds changed rows
    qint64 rows = 0;        // changed rows in all
    bool undoable = false;  // a record edit, delete or added visit (编辑 → 撤销)
    qint64 reverts = 0;     // an undo or redo: the batch it reversed

    bool touches(const QString& table) const { return tables.contains(table); }
    bool touchesAny(std::initializer_list<QString> names) const
    {
        for (const QString& name : names)
            if (tables.contains(name))
                return true;
        return false;
    }
    // Whether a changed row belongs to the division `code` or lies below it (or
    // above it: a county's row is in every township's county-wide figures).
    bool touchesUnit(const QString& code) const;
};

} // namespace wushe::ops

Q_DECLARE_METATYPE(wushe::ops::Change)
