#pragma once

#include "common/Error.h"
#include "demo/DemoRandom.h"
#include "workspace/Workspace.h"

namespace sd {

// The demo's knowledge base (docs/KNOWLEDGE.md): answers to the demo's common
// problems in Chinese and English, written by agents and technicians,
// most reviewed and published by a supervisor, a few drafts waiting and one
// archived; each counted as suggested and used over the last 30 days, the
// useful ones more.
class DemoKnowledge
{
public:
    DemoKnowledge(Workspace& workspace, DemoRandom& random, QList<qint64> authors, QList<qint64> reviewers, qint64 now);
    Status create();

private:
    QString uuid();
    Result<qint64> insertArticle(int index);
    Status countUsage(qint64 articleId, double usefulness);

    Workspace& m_workspace;
    DemoRandom& m_random;
    QList<qint64> m_authors;
    QList<qint64> m_reviewers;
    qint64 m_now = 0;
};

} // namespace sd
