#pragma once

#include "Clock.h"
#include "Error.h"
#include "operations/Operations.h"
#include "storage/WriteContext.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QFormLayout;
class QLabel;

namespace wushe::ui {

// The frame of every registry form (social workers, organizations, volunteers,
// activities, trainings): the form, the reason a save failed, 保存/取消. A save or
// delete is one operation of the operations layer (logged, undoable); when it fails
// the dialog stays open with the reason and everything typed is kept.
class RegistryEditorDialog : public QDialog
{
    Q_OBJECT
public:
    bool save(); // false: errorText() says why
    QString errorText() const;

    // Loads the record `id` for editing.
    virtual Result<void> load(const QString& id) = 0;
    // Tombstones the loaded record (an operation of its own).
    Result<void> removeLoaded();
    // Where a new record belongs (the unit selected in the tree).
    virtual void setDefaultOrg(const QString& orgCode) = 0;
    // What the record is called in messages, e.g. its name.
    virtual QString recordName() const = 0;

protected:
    RegistryEditorDialog(ops::Operations& ops, const QString& title, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    static QDateEdit* dateField(QDate date, QWidget* parent);
    // Adds a new record or saves an edited one. A person-keyed add answers whether the
    // person was already registered; the form only needs to know it worked.
    template <typename Record>
    Result<void> saveRecord(Record& record)
    {
        auto saved = m_ops.save(record);
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    }
    // A record of the repository's find(), or why there is none.
    template <typename Found>
    static auto required(Found found) -> Result<typename Found::value_type::value_type>
    {
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(QStringLiteral("registry.missing"), tr("记录已不存在"));
        return std::move(**found);
    }
    // For reads and validations (writes go through m_ops).
    storage::WriteContext context() const { return m_ops.context(); }
    // Validate the form's record and save a copy of it (saveRecord).
    virtual Result<void> write() = 0;
    // After commit: the copy (with its new id and version) becomes the loaded record.
    virtual void committed() = 0;
    virtual Result<void> remove() = 0;

    ops::Operations& m_ops;
    QSqlDatabase m_db; // reads only
    const Clock& m_clock;

private:
    QString m_title;
    QFormLayout* m_form;
    QLabel* m_error;
};

} // namespace wushe::ui
