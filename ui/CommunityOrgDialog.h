#pragma once

#include "RegistryEditorDialog.h"
#include "domain/CommunityOrg.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace wushe::ui {

class VillagePicker;

// A community social organization (社区社会组织) of a community or village.
class CommunityOrgDialog : public RegistryEditorDialog
{
    Q_OBJECT
public:
    explicit CommunityOrgDialog(ops::Operations& ops, QWidget* parent = nullptr);

    Result<void> load(const QString& id) override;
    void setDefaultOrg(const QString& orgCode) override;
    QString recordName() const override { return m_org.name; }
    const CommunityOrg& organization() const { return m_org; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* registrationBox() const { return m_registration; }
    QLineEdit* registrationNoEdit() const { return m_registrationNo; }
    VillagePicker* village() const { return m_village; }

protected:
    Result<void> write() override;
    void committed() override { m_org = m_written; }
    Result<void> remove() override;

private:
    CommunityOrg fromForm() const;

    CommunityOrg m_org;
    CommunityOrg m_written;
    QLineEdit* m_name;
    VillagePicker* m_village;
    QComboBox* m_registration;
    QLineEdit* m_registrationNo;
    QComboBox* m_type;
    QCheckBox* m_counts;
    QLineEdit* m_leader;
    QLineEdit* m_phone;
    QSpinBox* m_members;
    QDateEdit* m_founded;
    QComboBox* m_status;
};

} // namespace wushe::ui
