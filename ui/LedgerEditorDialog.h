#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/Ledger.h"
#include "storage/LedgerLink.h"

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
// validates and writes in one transaction. When saving fails the dialog stays open
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
    LedgerEditorDialog(QSqlDatabase db, const Clock& clock, QString user, QWidget* parent);

    // Lays the dialog out around the ledger's own form.
    void setLedgerForm(const QString& personTitle, QWidget* ledgerForm, QWidget* extra = nullptr);
    // Called by save() inside a transaction: validate and write the form's record.
    virtual Result<storage::LedgerLink> write() = 0;
    // Called once the transaction has committed: adopt the saved ids and versions.
    virtual void committed() = 0;
    // Adds a new record or saves an edited one (person-keyed ledgers).
    template <typename Repository, typename Record>
    static Result<storage::LedgerLink> addOrUpdate(Repository&& repository, Record& record)
    {
        if (record.meta.isNew())
            return repository.add(record);
        if (auto ok = repository.update(record); !ok)
            return std::unexpected(ok.error());
        return storage::LedgerLink{};
    }

    // After a record is loaded or first saved: title and visit history follow it.
    void showRecord(Ledger ledger, const QString& recordId, const QString& name);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_user;
    PersonFields* m_person;
    QDateEdit* m_registeredOn;

private:
    QString m_info;
    QLabel* m_error;
    VisitHistoryPanel* m_visits;
};

} // namespace wushe::ui
