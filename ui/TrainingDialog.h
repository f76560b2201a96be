#pragma once

#include "RegistryEditorDialog.h"
#include "domain/Training.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace wushe::ui {

class UnitPicker;

// A training (三级培训): level, date, topic, length, organizer and the division that
// held it. Trainees already recorded are kept as they are.
class TrainingDialog : public RegistryEditorDialog
{
    Q_OBJECT
public:
    explicit TrainingDialog(ops::Operations& ops, QWidget* parent = nullptr);

    Result<void> load(const QString& id) override;
    void setDefaultOrg(const QString& orgCode) override;
    QString recordName() const override { return m_training.topic; }
    const Training& training() const { return m_training; }
    QLineEdit* topicEdit() const { return m_topic; }
    QDoubleSpinBox* hoursBox() const { return m_hours; }

protected:
    Result<void> write() override;
    void committed() override { m_training = m_written; }
    Result<void> remove() override;

private:
    Training fromForm() const;

    Training m_training;
    Training m_written;
    QComboBox* m_level;
    QDateEdit* m_heldOn;
    QLineEdit* m_topic;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_organizer;
    UnitPicker* m_org;
};

} // namespace wushe::ui
