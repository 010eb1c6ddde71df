#include "main/AboutDialog.h"

#include "common/ApplicationIcon.h"
#include "common/Components.h"
#include "common/Version.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

AboutDialog::AboutDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Service Desk"));
    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto* title = new QLabel(QStringLiteral("<b style='font-size:16pt'>%1</b><br>%2")
                                 .arg(tr("Service Desk").toHtmlEscaped(), tr("Version %1").arg(versionText()).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto* licence = new QLabel(tr("Copyright © 2026 the Service Desk authors. All rights reserved.\n"
                                  "Proprietary software: it may be used, copied or distributed only under a written "
                                  "agreement with the copyright holders."),
                               this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(buildFacts(context));
    layout->addWidget(licence);
    layout->addWidget(new QLabel(tr("Libraries in use:"), this));
    layout->addWidget(buildComponents(), 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

// What the desk runs on: the database by its name (never a password), the
// engine's own version, the schema, and who is signed in.
QWidget* AboutDialog::buildFacts(const AppContext& context)
{
    const Database& database = context.workspace.database();
    const auto engine = database.engineVersion();
    const auto schema = database.schemaVersion();
    m_facts = {
        {tr("Version"), versionText()},
        {tr("Database"), database.officePath()},
        {tr("Engine"), engine ? *engine : tr("not known (%1)").arg(engine.error().message)},
        {tr("Schema version"), schema ? QString::number(*schema) : tr("not known (%1)").arg(schema.error().message)},
        {tr("Signed in as"), context.userName},
    };
    auto* facts = new QWidget(this);
    auto* form = new QFormLayout(facts);
    form->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 1; i < m_facts.size(); ++i) {
        auto* value = new QLabel(m_facts[i].second, facts);
        value->setObjectName(QStringLiteral("aboutFact%1").arg(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(tr("%1:").arg(m_facts[i].first), value);
    }
    return facts;
}

QWidget* AboutDialog::buildComponents()
{
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("components"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    for (const Component& component : thirdPartyComponents()) {
        const QString version = component.version.isEmpty() ? tr("not known") : component.version;
        const QString licence = QCoreApplication::translate("sd::Components", component.licence);
        tree->addTopLevelItem(new QTreeWidgetItem({component.name, version, licence}));
        m_facts.append({component.name, version});
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

QString AboutDialog::detailsText() const
{
    QStringList lines{tr("Service Desk")};
    for (const auto& [name, value] : m_facts)
        lines.append(name + QStringLiteral(": ") + value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd
