#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace sd {

// Small generated photos for demo attachments: an appliance on a coloured
// background with a red mark where the fault is, written as PNG by hand
// (core has no image library), different for each seed.
class DemoPicture
{
public:
    static QByteArray png(int width, int height, quint32 seed);
};

} // namespace sd
