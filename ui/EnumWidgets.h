#pragma once

#include "domain/EnumTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QWidget>

namespace wushe::ui {

// A combo box over a closed list: Chinese labels shown, the enum value as item data.
template <typename E, std::size_t N>
void fillCombo(QComboBox* combo, const EnumTable<E, N>& table)
{
    combo->clear();
    for (const auto& entry : table.entries())
        combo->addItem(table.label(entry.value), int(entry.value));
}

template <typename E>
E comboValue(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
}

template <typename E>
void setComboValue(QComboBox* combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

// Check boxes for a multi-choice field stored as bits.
class BitChecks : public QWidget
{
public:
    template <typename E, std::size_t N>
    BitChecks(const EnumTable<E, N>& table, int columns, QWidget* parent = nullptr) : QWidget(parent)
    {
        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        int index = 0;
        for (const auto& entry : table.entries()) {
            auto* box = new QCheckBox(table.label(entry.value), this);
            box->setProperty("bit", quint32(entry.value));
            box->setObjectName(QString::fromLatin1(entry.key));
            grid->addWidget(box, index / columns, index % columns);
            m_boxes.append(box);
            ++index;
        }
    }

    quint32 bits() const
    {
        quint32 value = 0;
        for (const QCheckBox* box : m_boxes)
            if (box->isChecked())
                value |= box->property("bit").toUInt();
        return value;
    }

    void setBits(quint32 value)
    {
        for (QCheckBox* box : m_boxes)
            box->setChecked(value & box->property("bit").toUInt());
    }

    const QList<QCheckBox*>& boxes() const { return m_boxes; }

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace wushe::ui
