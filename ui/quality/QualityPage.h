#pragma once

#include "common/AppContext.h"
#include "quality/QualityReview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace sd {

class TimelineView;

// Quality inspection on the desk (docs/QUALITY.md): an inspector's reviews to
// do with the ticket's timeline beside the scorecard; an agent's reviewed
// tickets to acknowledge or dispute; the disputes sent to supervisors; and
// for supervisors, drawing last week's sample.
class QualityPage : public QWidget
{
    Q_OBJECT

public:
    enum class List { ToDo, Mine, Escalated };
    explicit QualityPage(AppContext& context, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void showList(List list);
    void refresh();
    // The rating boxes of the selected review, by criterion code (N/A is -1).
    void setRating(const QString& code, int rating);
    QPlainTextEdit* textBox() const { return m_text; }
    bool submit();
    bool acknowledge();
    bool dispute(bool toSupervisor);
    bool settle(bool revise);
    bool drawSample();

signals:
    void ticketOpenRequested(qint64 ticketId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QStringList disputeLines(const QaReview& review) const;
    void showSelected();
    void buildRatings(const QaReview& review);
    std::optional<Ratings> ratings() const;
    bool done(const Result<QaReview>& result, const QString& message);
    const QaReview* selected() const;
    bool may(Action action) const;

    AppContext& m_context;
    QList<QaReview> m_reviews;
    Scorecard m_card;
    QComboBox* m_list;
    QSpinBox* m_perAgent;
    QPushButton* m_sample;
    QTableWidget* m_table;
    TimelineView* m_timeline;
    QLabel* m_summary;
    QWidget* m_ratingBox;
    QVBoxLayout* m_ratingLayout;
    QList<QComboBox*> m_ratingCombos;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QPushButton* m_submit;
    QPushButton* m_acknowledge;
    QPushButton* m_dispute;
    QPushButton* m_escalate;
    QPushButton* m_keep;
    QPushButton* m_revise;
    QLabel* m_message;
};

} // namespace sd
