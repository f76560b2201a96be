#pragma once

#include "LedgerEditorDialog.h"
#include "domain/ReliefHousehold.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace wushe::ui {

// Adds or edits one 社会救助 household: the head (户主) in the person fields,
// the other members in a table, the category, amount in yuan (stored as fen),
// status and review cycle.
class ReliefEditorDialog : public LedgerEditorDialog
{
    Q_OBJECT
public:
    explicit ReliefEditorDialog(ops::Operations& ops, QWidget* parent = nullptr);

    void setHousehold(const ReliefHousehold& household);
    // The form's content; fails when the amount cannot be read.
    Result<ReliefHousehold> household() const;
    // Appends a member row (the head is not in the table).
    void addMemberRow(const ReliefMember& member = {});
    QTableWidget* membersTable() const { return m_members; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* selfCareCombo() const { return m_selfCare; }

protected:
    Result<storage::LedgerLink> write() override;
    void committed() override { setHousehold(m_written); }

private:
    ReliefHousehold m_household;
    ReliefHousehold m_written;
    QComboBox* m_headWork;
    QComboBox* m_headHealth;
    QTableWidget* m_members;
    QComboBox* m_category;
    QComboBox* m_selfCare;
    QLineEdit* m_amount;
    QDateEdit* m_startOn;
    QComboBox* m_status;
    QComboBox* m_reviewCycle;
    QPlainTextEdit* m_note;
};

} // namespace wushe::ui
