#include "UnitPicker.h"

#include "storage/OrgUnitRepository.h"

#include <QCompleter>
#include <QHash>

namespace wushe::ui {

UnitPicker::UnitPicker(QSqlDatabase db, OrgLevel highest, QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    auto units = storage::OrgUnitRepository(std::move(db)).all();
    if (!units)
        return;
    QHash<QString, QString> townshipNames;
    for (const OrgUnit& unit : *units)
        if (unit.level == OrgLevel::Township)
            townshipNames.insert(unit.code, unit.name);
    // OrgLevel runs from province (highest) down to village.
    for (const OrgUnit& unit : *units) {
        if (int(unit.level) < int(highest))
            continue;
        const QString label = unit.level == OrgLevel::Village
                                  ? QStringLiteral("%1 / %2").arg(townshipNames.value(unit.parentCode), unit.name)
                                  : unit.name;
        addItem(label, unit.code);
    }
    setCurrentIndex(-1);
}

QString UnitPicker::orgCode() const
{
    // Typed text must match an entry exactly; otherwise nothing is chosen.
    const int index = findText(currentText());
    return index >= 0 ? itemData(index).toString() : QString();
}

bool UnitPicker::setOrgCode(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index);
    return index >= 0;
}

} // namespace wushe::ui
