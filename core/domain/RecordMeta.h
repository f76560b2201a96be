#pragma once

#include <QDateTime>
#include <QString>

namespace wushe {

// The columns every user-written row carries, for township→county exchange,
// access by jurisdiction and audit (see core/storage/migrations/README.md).
struct RecordMeta
{
    QString id;          // UUID, assigned on first save
    QString orgCode;     // 12-digit division the row belongs to
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString updatedBy;
    int version = 0;     // 0 = never saved; bumped on every change
    bool deleted = false;

    bool isNew() const { return version == 0; }
};

} // namespace wushe
