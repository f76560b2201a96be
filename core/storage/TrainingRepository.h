#pragma once

#include "Error.h"
#include "domain/Training.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace wushe::storage {

// Trainings (三级培训) with their trainees, saved together.
class TrainingRepository
{
public:
    TrainingRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // `newId` (demo data) gives the trainee rows reproducible ids.
    Result<void> add(Training& training, const std::function<QString()>& newId = {});
    Result<void> update(Training& training);
    Result<void> remove(Training& training); // tombstones the training and its trainee rows

    Result<std::optional<Training>> find(const QString& id) const;
    // Live trainings held under the division in [from, to] (null: open end), by date.
    Result<QList<Training>> list(const QString& underCode, QDate from = {}, QDate to = {}) const;
    // The trainings a person attended (a social worker's training record), by date.
    Result<QList<Training>> attendedBy(const QString& personId) const;

private:
    Result<void> validate(Training& training) const;
    Result<QList<Training>> select(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
