#pragma once

#include "RegistryEditorDialog.h"
#include "domain/ServiceActivity.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wushe::ui {

class BitChecks;
class UnitPicker;

// A service activity: when, where, domain and kind, which of the five societies took
// part, people served, volunteer hours and money (yuan, kept in fen). Participants
// and served persons recorded elsewhere are kept as they are.
class ServiceActivityDialog : public RegistryEditorDialog
{
    Q_OBJECT
public:
    explicit ServiceActivityDialog(ops::Operations& ops, QWidget* parent = nullptr);

    Result<void> load(const QString& id) override;
    void setDefaultOrg(const QString& orgCode) override;
    QString recordName() const override { return m_activity.title; }
    const ServiceActivity& activity() const { return m_activity; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* moneyEdit() const { return m_money; }
    QDateEdit* dateEdit() const { return m_heldOn; }
    UnitPicker* unitPicker() const { return m_org; }

protected:
    Result<void> write() override;
    void committed() override { m_activity = m_written; }
    Result<void> remove() override;

private:
    Result<ServiceActivity> fromForm() const;

    ServiceActivity m_activity;
    ServiceActivity m_written;
    QDateEdit* m_heldOn;
    UnitPicker* m_org;
    QComboBox* m_serviceUnit;
    QComboBox* m_domain;
    QComboBox* m_kind;
    BitChecks* m_societies;
    QLineEdit* m_title;
    QSpinBox* m_people;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_money;
    QPlainTextEdit* m_summary;
};

} // namespace wushe::ui
