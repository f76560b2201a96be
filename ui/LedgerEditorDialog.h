#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Ledger.h"
#include "storage/LedgerLink.h"

namespace wushe::ops {
class Operations;
}

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QTabWidget;

namespace wushe::ui {

class PersonFields;
class VisitHistoryPanel;

// The frame every ledger form shares: the person (or head of household), the
// registration date, the ledger's own fields, the visit history, and a save that
// goes through the operations layer (one logged, undoable change). When saving fails the dialog stays open
// with the reason and nothing typed is lost.
class LedgerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    bool save();                // false: errorText() says why
    QString errorText() const;
    QString infoText() const;   // e.g. linked to an already registered person
    void setDefaultVillage(const QString& orgCode);
    PersonFields* personFields() const { return m_person; }
    VisitHistoryPanel* visitHistory() const { return m_visits; }

protected:
    LedgerEditorDialog(ops::Operations& ops, QWidget* parent);

    // Lays the dialog out around the ledger's own form.
    void setLedgerForm(const QString& personTitle, QWidget* ledgerForm, QWidget* extra = nullptr);
    // Called by save(): saves a copy of the form's record through m_ops.save().
    virtual Result<storage::LedgerLink> write() = 0;
    // Called once the save has committed: adopt the saved ids and versions.
    virtual void committed() = 0;

    // After a record is loaded or first saved: title and visit history follow it.
    void showRecord(Ledger ledger, const QString& recordId, const QString& name);

    ops::Operations& m_ops;
    QSqlDatabase m_db; // reads only; writes go through m_ops
    const Clock& m_clock;
    PersonFields* m_person;
    QDateEdit* m_registeredOn;

private:
    QString m_info;
    QLabel* m_error;
    VisitHistoryPanel* m_visits;
};

} // namespace wushe::ui
