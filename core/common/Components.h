#pragma once

#include <QList>
#include <QString>

namespace sd {

// A library the programs run with, for the About box: its name, the version
// in use (empty when the library does not tell), and its licence's name as a
// translatable text in the "sd::Components" context.
struct Component
{
    QString name;
    QString version;
    const char* licence = nullptr;
};

QList<Component> thirdPartyComponents();

} // namespace sd
