#pragma once

#include "RegistryEditorDialog.h"
#include "domain/Volunteer.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace wushe::ui {

class PersonFields;
class UnitPicker;

// A registered volunteer: the person (by ID number), the registering unit, team,
// number and skills.
class VolunteerDialog : public RegistryEditorDialog
{
    Q_OBJECT
public:
    explicit VolunteerDialog(ops::Operations& ops, QWidget* parent = nullptr);

    Result<void> load(const QString& id) override;
    void setDefaultOrg(const QString& orgCode) override;
    QString recordName() const override { return m_volunteer.person.name; }
    const Volunteer& volunteer() const { return m_volunteer; }
    PersonFields* personFields() const { return m_person; }

protected:
    Result<void> write() override;
    void committed() override;
    Result<void> remove() override;

private:
    Volunteer fromForm() const;

    Volunteer m_volunteer;
    Volunteer m_written;
    PersonFields* m_person;
    UnitPicker* m_org;
    QComboBox* m_team;
    QLineEdit* m_number;
    QLineEdit* m_skills;
    QDateEdit* m_registered;
};

} // namespace wushe::ui
