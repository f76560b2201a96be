#pragma once

#include "Clock.h"
#include "domain/Person.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wushe::ui {

class VillagePicker;

// The person part of every ledger form: ID number with its derived birth date,
// sex and age shown as it is typed, name, ethnicity, phone, village and address.
class PersonFields : public QWidget
{
    Q_OBJECT
public:
    PersonFields(QSqlDatabase db, const Clock& clock, QWidget* parent = nullptr);

    Person person() const;           // meta and derived fields as last set/validated
    void setPerson(const Person& person);
    QString orgCode() const;
    void setOrgCode(const QString& code);
    QString derivedText() const;     // what the ID line says under it

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    VillagePicker* villagePicker() const { return m_village; }

private:
    void updateDerived();

    const Clock& m_clock;
    Person m_person;
    QLineEdit* m_id;
    QLabel* m_derived;
    QLineEdit* m_name;
    QComboBox* m_ethnicity;
    QLineEdit* m_phone;
    VillagePicker* m_village;
    QLineEdit* m_address;
};

} // namespace wushe::ui
