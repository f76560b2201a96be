#pragma once

#include "LedgerEditorDialog.h"
#include "domain/ElderlyRecord.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wushe::ui {

class BitChecks;

// Adds or edits one 老年人台账 record.
class ElderlyEditorDialog : public LedgerEditorDialog
{
    Q_OBJECT
public:
    explicit ElderlyEditorDialog(ops::Operations& ops, QWidget* parent = nullptr);

    void setRecord(const ElderlyRecord& record); // edit (otherwise the dialog adds)
    ElderlyRecord record() const;                // the form's content
    BitChecks* categoryChecks() const { return m_categories; }
    QComboBox* riskCombo() const { return m_risk; }

protected:
    Result<storage::LedgerLink> write() override;
    void committed() override { setRecord(m_written); }

private:
    ElderlyRecord m_record;
    ElderlyRecord m_written;
    BitChecks* m_categories;
    BitChecks* m_economicSources;
    QComboBox* m_familyStructure;
    QComboBox* m_health;
    QComboBox* m_care;
    QLineEdit* m_supporterName;
    QLineEdit* m_supporterPhone;
    QLineEdit* m_supporterWorkplace;
    QLineEdit* m_helperName;
    QComboBox* m_risk;
    QPlainTextEdit* m_note;
};

} // namespace wushe::ui
