#pragma once

#include "LedgerEditorDialog.h"
#include "domain/ChildRecord.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wushe::ui {

class BitChecks;

// Adds or edits one 儿童台账 record (the 2016 national form's fields).
class ChildEditorDialog : public LedgerEditorDialog
{
    Q_OBJECT
public:
    explicit ChildEditorDialog(ops::Operations& ops, QWidget* parent = nullptr);

    void setRecord(const ChildRecord& record);
    ChildRecord record() const;
    BitChecks* categoryChecks() const { return m_categories; }

protected:
    Result<storage::LedgerLink> write() override;
    void committed() override { setRecord(m_written); }

private:
    ChildRecord m_record;
    ChildRecord m_written;
    BitChecks* m_categories;
    QComboBox* m_guardianship;
    QLineEdit* m_guardianName;
    QLineEdit* m_guardianRelation;
    QLineEdit* m_guardianPhone;
    QLineEdit* m_guardianId;
    QLineEdit* m_fatherName;
    QLineEdit* m_fatherWorkplace;
    QLineEdit* m_fatherPhone;
    QLineEdit* m_motherName;
    QLineEdit* m_motherWorkplace;
    QLineEdit* m_motherPhone;
    QComboBox* m_schooling;
    QCheckBox* m_boarding;
    QComboBox* m_health;
    QLineEdit* m_disabilityNote;
    BitChecks* m_income;
    BitChecks* m_assistance;
    QComboBox* m_risk;
    QPlainTextEdit* m_note;
};

} // namespace wushe::ui
