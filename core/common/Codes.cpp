#include "common/Codes.h"

#include <QCoreApplication>

#include <array>

namespace sd {
namespace {

// One row per value: the enum, its stable code, its English label (also the
// translation source) and its Simplified Chinese label for imports of Chinese files.
template <typename E>
struct CodeRow
{
    E value;
    const char* code;
    const char* label;
    const char* chineseLabel;
};

template <typename E>
struct CodeTable;

#define SD_TABLE(E, ...)                                                                                     \
    template <>                                                                                              \
    struct CodeTable<E>                                                                                      \
    {                                                                                                        \
        static constexpr auto rows = std::to_array<CodeRow<E>>({__VA_ARGS__});                               \
    };

SD_TABLE(Channel,
         {Channel::Phone, "phone", QT_TRANSLATE_NOOP("sd::Codes", "Phone"), "电话"},
         {Channel::Email, "email", QT_TRANSLATE_NOOP("sd::Codes", "Email"), "邮件"},
         {Channel::Web, "web", QT_TRANSLATE_NOOP("sd::Codes", "Web form"), "网页表单"},
         {Channel::Chat, "chat", QT_TRANSLATE_NOOP("sd::Codes", "Chat"), "在线聊天"},
         {Channel::Social, "social", QT_TRANSLATE_NOOP("sd::Codes", "Social media"), "社交媒体"},
         {Channel::Walkin, "walkin", QT_TRANSLATE_NOOP("sd::Codes", "Walk-in"), "到店"})
SD_TABLE(Category,
         {Category::Inquiry, "inquiry", QT_TRANSLATE_NOOP("sd::Codes", "Inquiry"), "咨询"},
         {Category::Guidance, "guidance", QT_TRANSLATE_NOOP("sd::Codes", "Usage guidance"), "使用指导"},
         {Category::Fault, "fault", QT_TRANSLATE_NOOP("sd::Codes", "Fault / repair"), "故障报修"},
         {Category::Complaint, "complaint", QT_TRANSLATE_NOOP("sd::Codes", "Complaint"), "投诉"},
         {Category::Suggestion, "suggestion", QT_TRANSLATE_NOOP("sd::Codes", "Suggestion"), "建议"},
         {Category::Return, "return", QT_TRANSLATE_NOOP("sd::Codes", "Return / exchange"), "退换货"})
SD_TABLE(Priority,
         {Priority::P1, "P1", QT_TRANSLATE_NOOP("sd::Codes", "P1 urgent"), "P1 紧急"},
         {Priority::P2, "P2", QT_TRANSLATE_NOOP("sd::Codes", "P2 high"), "P2 高"},
         {Priority::P3, "P3", QT_TRANSLATE_NOOP("sd::Codes", "P3 normal"), "P3 普通"},
         {Priority::P4, "P4", QT_TRANSLATE_NOOP("sd::Codes", "P4 low"), "P4 低"})
SD_TABLE(TicketStatus,
         {TicketStatus::New, "new", QT_TRANSLATE_NOOP("sd::Codes", "New"), "新建"},
         {TicketStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("sd::Codes", "Assigned"), "已分派"},
         {TicketStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("sd::Codes", "In progress"), "处理中"},
         {TicketStatus::PendingCustomer, "pending_customer", QT_TRANSLATE_NOOP("sd::Codes", "Pending customer"), "等待客户"},
         {TicketStatus::PendingThirdParty, "pending_third_party", QT_TRANSLATE_NOOP("sd::Codes", "Pending third party"), "等待第三方"},
         {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("sd::Codes", "Resolved"), "已解决"},
         {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("sd::Codes", "Closed"), "已关闭"})
SD_TABLE(Role,
         {Role::Agent, "agent", QT_TRANSLATE_NOOP("sd::Codes", "Agent"), "坐席"},
         {Role::Technician, "technician", QT_TRANSLATE_NOOP("sd::Codes", "Technician"), "技术员"},
         {Role::Inspector, "inspector", QT_TRANSLATE_NOOP("sd::Codes", "Quality inspector"), "质检员"},
         {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("sd::Codes", "Supervisor"), "主管"},
         {Role::Admin, "admin", QT_TRANSLATE_NOOP("sd::Codes", "Administrator"), "管理员"})
SD_TABLE(SupportLevel,
         {SupportLevel::L1, "L1", QT_TRANSLATE_NOOP("sd::Codes", "L1 first line"), "一线"},
         {SupportLevel::L2, "L2", QT_TRANSLATE_NOOP("sd::Codes", "L2 specialist"), "二线"},
         {SupportLevel::L3, "L3", QT_TRANSLATE_NOOP("sd::Codes", "L3 engineering"), "三线"})
SD_TABLE(CustomerKind,
         {CustomerKind::Person, "person", QT_TRANSLATE_NOOP("sd::Codes", "Person"), "个人"},
         {CustomerKind::Company, "company", QT_TRANSLATE_NOOP("sd::Codes", "Company"), "企业"})
SD_TABLE(Action,
         {Action::CreateTicket, "ticket.create", QT_TRANSLATE_NOOP("sd::Codes", "create tickets"), "创建工单"},
         {Action::EditTicket, "ticket.edit", QT_TRANSLATE_NOOP("sd::Codes", "edit tickets"), "编辑工单"},
         {Action::CommentTicket, "ticket.comment", QT_TRANSLATE_NOOP("sd::Codes", "comment on tickets"), "备注工单"},
         {Action::AssignToSelf, "ticket.assign_self", QT_TRANSLATE_NOOP("sd::Codes", "take tickets (assign to oneself)"), "领取工单（分派给自己）"},
         {Action::AssignToOthers, "ticket.assign_others", QT_TRANSLATE_NOOP("sd::Codes", "assign tickets to others"), "将工单分派给他人"},
         {Action::Escalate, "ticket.escalate", QT_TRANSLATE_NOOP("sd::Codes", "escalate tickets"), "升级工单"},
         {Action::Resolve, "ticket.resolve", QT_TRANSLATE_NOOP("sd::Codes", "resolve or close tickets"), "解决或关闭工单"},
         {Action::Reopen, "ticket.reopen", QT_TRANSLATE_NOOP("sd::Codes", "reopen tickets"), "重新打开工单"},
         {Action::RecordSatisfaction, "ticket.csat", QT_TRANSLATE_NOOP("sd::Codes", "record customer satisfaction"), "记录客户满意度"},
         {Action::EditCustomer, "customer.edit", QT_TRANSLATE_NOOP("sd::Codes", "add and edit customers"), "新增和编辑客户"},
         {Action::ChangeCustomerTier, "customer.tier", QT_TRANSLATE_NOOP("sd::Codes", "change a customer's tier or tier lock"), "更改客户等级或等级锁定"},
         {Action::ImportData, "data.import", QT_TRANSLATE_NOOP("sd::Codes", "import tickets"), "导入工单"},
         {Action::ExportData, "data.export", QT_TRANSLATE_NOOP("sd::Codes", "export tickets"), "导出工单"},
         {Action::GenerateDemoData, "data.demo", QT_TRANSLATE_NOOP("sd::Codes", "generate demo data"), "生成演示数据"},
         {Action::ViewOwnReports, "reports.own", QT_TRANSLATE_NOOP("sd::Codes", "view reports on one's own work"), "查看本人工作报表"},
         {Action::ViewTeamReports, "reports.team", QT_TRANSLATE_NOOP("sd::Codes", "view reports on one's own team"), "查看本团队报表"},
         {Action::ViewAllReports, "reports.all", QT_TRANSLATE_NOOP("sd::Codes", "view reports on everyone"), "查看全部报表"},
         {Action::EditConfiguration, "config.edit", QT_TRANSLATE_NOOP("sd::Codes", "edit the configuration"), "编辑配置"},
         {Action::ManageUsers, "users.manage", QT_TRANSLATE_NOOP("sd::Codes", "manage users"), "管理用户"},
         {Action::ViewAuditLog, "audit.view", QT_TRANSLATE_NOOP("sd::Codes", "view the audit log"), "查看审计日志"},
         {Action::RunSync, "sync.run", QT_TRANSLATE_NOOP("sd::Codes", "synchronise with head office"), "与总部同步"},
         {Action::ManageOffices, "sync.offices", QT_TRANSLATE_NOOP("sd::Codes", "set up offices and their keys"), "设置分支机构及其密钥"},
         {Action::ResolveConflicts, "sync.resolve", QT_TRANSLATE_NOOP("sd::Codes", "resolve sync conflicts"), "处理同步冲突"},
         {Action::MergeCustomers, "customer.merge", QT_TRANSLATE_NOOP("sd::Codes", "merge duplicate customers"), "合并重复客户"},
         {Action::HandleComplaint, "complaint.handle", QT_TRANSLATE_NOOP("sd::Codes", "take complaints along their path"), "处理投诉流程"},
         {Action::RecordCost, "cost.record", QT_TRANSLATE_NOOP("sd::Codes", "record service costs"), "记录服务成本"},
         {Action::PlanVisits, "dispatch.plan", QT_TRANSLATE_NOOP("sd::Codes", "schedule, reschedule and cancel technicians' visits"), "安排、改约和取消上门服务"},
         {Action::ReportVisits, "dispatch.report", QT_TRANSLATE_NOOP("sd::Codes", "report how a visit went"), "回报上门服务进展"},
         {Action::ProposePlan, "plan.propose", QT_TRANSLATE_NOOP("sd::Codes", "propose solution plans and record the customer's consent"), "提出解决方案并记录客户同意"},
         {Action::ManageReplies, "replies.manage", QT_TRANSLATE_NOOP("sd::Codes", "write and retire canned replies"), "编写和停用快捷回复"},
         {Action::ManageRouting, "teams.routing", QT_TRANSLATE_NOOP("sd::Codes", "choose how teams' tickets are assigned"), "设置团队工单分派方式"},
         {Action::MergeTickets, "ticket.merge", QT_TRANSLATE_NOOP("sd::Codes", "merge duplicate tickets"), "合并重复工单"},
         {Action::MakeReturnVisits, "customer.return_visit", QT_TRANSLATE_NOOP("sd::Codes", "make return visits"), "客户回访"},
         {Action::ScheduleReports, "report.schedule", QT_TRANSLATE_NOOP("sd::Codes", "schedule reports"), "定时生成报表"},
         {Action::WriteArticles, "knowledge.write", QT_TRANSLATE_NOOP("sd::Codes", "write knowledge-base articles"), "编写知识库文章"},
         {Action::PublishArticles, "knowledge.publish", QT_TRANSLATE_NOOP("sd::Codes", "review, publish and archive knowledge-base articles"), "审核、发布和归档知识库文章"},
         {Action::ReviewQuality, "quality.review", QT_TRANSLATE_NOOP("sd::Codes", "review the quality of agents' tickets and answer disputes"), "质检评分并答复申诉"},
         {Action::ManageQuality, "quality.manage", QT_TRANSLATE_NOOP("sd::Codes", "set up scorecards, draw samples and settle escalated disputes"), "设置评分表、抽样并裁定升级的申诉"},
         {Action::ViewRisks, "risks.view", QT_TRANSLATE_NOOP("sd::Codes", "see the risk register"), "查看风险登记册"},
         {Action::ManageRisks, "risks.manage", QT_TRANSLATE_NOOP("sd::Codes", "record, assess and close risks and check the alert rules"), "登记、评估和关闭风险并检查预警规则"})
SD_TABLE(ComplaintStage,
         {ComplaintStage::Received, "received", QT_TRANSLATE_NOOP("sd::Codes", "Received"), "已受理"},
         {ComplaintStage::Verified, "verified", QT_TRANSLATE_NOOP("sd::Codes", "Verified"), "已核实"},
         {ComplaintStage::Handled, "handled", QT_TRANSLATE_NOOP("sd::Codes", "Handled"), "已处理"},
         {ComplaintStage::FeedbackGiven, "feedback", QT_TRANSLATE_NOOP("sd::Codes", "Feedback given"), "已反馈"},
         {ComplaintStage::Closed, "closed", QT_TRANSLATE_NOOP("sd::Codes", "Closed"), "已结案"})
SD_TABLE(ComplaintCause,
         {ComplaintCause::ProductQuality, "product_quality", QT_TRANSLATE_NOOP("sd::Codes", "Product quality"), "产品质量"},
         {ComplaintCause::ServiceQuality, "service_quality", QT_TRANSLATE_NOOP("sd::Codes", "Service quality"), "服务质量"},
         {ComplaintCause::ExpectationGap, "expectation_gap", QT_TRANSLATE_NOOP("sd::Codes", "Expectation gap"), "期望落差"},
         {ComplaintCause::Communication, "communication", QT_TRANSLATE_NOOP("sd::Codes", "Communication"), "沟通问题"},
         {ComplaintCause::Logistics, "logistics", QT_TRANSLATE_NOOP("sd::Codes", "Logistics"), "物流问题"},
         {ComplaintCause::Other, "other", QT_TRANSLATE_NOOP("sd::Codes", "Other cause"), "其他原因"})
SD_TABLE(Remedy,
         {Remedy::Refund, "refund", QT_TRANSLATE_NOOP("sd::Codes", "Refund"), "退款"},
         {Remedy::Replacement, "replacement", QT_TRANSLATE_NOOP("sd::Codes", "Replacement"), "换货"},
         {Remedy::Repair, "repair", QT_TRANSLATE_NOOP("sd::Codes", "Repair"), "维修"},
         {Remedy::Apology, "apology", QT_TRANSLATE_NOOP("sd::Codes", "Apology"), "道歉"},
         {Remedy::Compensation, "compensation", QT_TRANSLATE_NOOP("sd::Codes", "Compensation"), "补偿"})
SD_TABLE(CostKind,
         {CostKind::Labour, "labour", QT_TRANSLATE_NOOP("sd::Codes", "Labour"), "人工"},
         {CostKind::Parts, "parts", QT_TRANSLATE_NOOP("sd::Codes", "Parts"), "配件"},
         {CostKind::Transport, "transport", QT_TRANSLATE_NOOP("sd::Codes", "Transport"), "交通"},
         {CostKind::Other, "other", QT_TRANSLATE_NOOP("sd::Codes", "Other"), "其他"})
SD_TABLE(Acceptance,
         {Acceptance::Confirmed, "confirmed", QT_TRANSLATE_NOOP("sd::Codes", "Customer confirmed the fix"), "客户确认已修复"},
         {Acceptance::NotFixed, "not_fixed", QT_TRANSLATE_NOOP("sd::Codes", "Customer says not fixed"), "客户反馈未修复"})
SD_TABLE(VisitStatus,
         {VisitStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("sd::Codes", "Scheduled"), "已预约"},
         {VisitStatus::EnRoute, "en_route", QT_TRANSLATE_NOOP("sd::Codes", "En route"), "在途"},
         {VisitStatus::OnSite, "on_site", QT_TRANSLATE_NOOP("sd::Codes", "On site"), "已到场"},
         {VisitStatus::Done, "done", QT_TRANSLATE_NOOP("sd::Codes", "Done"), "已完成"},
         {VisitStatus::CannotComplete, "cannot_complete", QT_TRANSLATE_NOOP("sd::Codes", "Cannot complete"), "无法完成"},
         {VisitStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("sd::Codes", "Cancelled"), "已取消"})
SD_TABLE(VisitFailure,
         {VisitFailure::MissingPart, "missing_part", QT_TRANSLATE_NOOP("sd::Codes", "Missing part"), "缺少配件"},
         {VisitFailure::CustomerAbsent, "customer_absent", QT_TRANSLATE_NOOP("sd::Codes", "Customer absent"), "客户不在"},
         {VisitFailure::NeedsSpecialist, "needs_specialist", QT_TRANSLATE_NOOP("sd::Codes", "Needs a specialist"), "需要专业人员"},
         {VisitFailure::NoAccess, "no_access", QT_TRANSLATE_NOOP("sd::Codes", "No access to the site"), "无法进入现场"},
         {VisitFailure::Other, "other", QT_TRANSLATE_NOOP("sd::Codes", "Other reason"), "其他原因"})
SD_TABLE(ConsentMethod,
         {ConsentMethod::Phone, "phone", QT_TRANSLATE_NOOP("sd::Codes", "By phone"), "电话确认"},
         {ConsentMethod::InPerson, "in_person", QT_TRANSLATE_NOOP("sd::Codes", "In person"), "当面确认"},
         {ConsentMethod::SignedSheet, "signed_sheet", QT_TRANSLATE_NOOP("sd::Codes", "Signed sheet"), "签字确认"})
SD_TABLE(AssignmentMode,
         {AssignmentMode::Manual, "manual", QT_TRANSLATE_NOOP("sd::Codes", "By hand"), "手动分派"},
         {AssignmentMode::RoundRobin, "round_robin", QT_TRANSLATE_NOOP("sd::Codes", "Round robin"), "轮流分派"},
         {AssignmentMode::LeastOpen, "least_open", QT_TRANSLATE_NOOP("sd::Codes", "Least open work"), "未结工单最少优先"},
         {AssignmentMode::SkillMatch, "skill_match", QT_TRANSLATE_NOOP("sd::Codes", "Skill match"), "按技能匹配"})
SD_TABLE(Availability,
         {Availability::Available, "available", QT_TRANSLATE_NOOP("sd::Codes", "Available"), "可接单"},
         {Availability::Away, "away", QT_TRANSLATE_NOOP("sd::Codes", "Away"), "暂离"})
SD_TABLE(LinkKind,
         {LinkKind::Related, "related", QT_TRANSLATE_NOOP("sd::Codes", "Related"), "相关"},
         {LinkKind::Merged, "merged", QT_TRANSLATE_NOOP("sd::Codes", "Merged"), "已合并"},
         {LinkKind::Split, "split", QT_TRANSLATE_NOOP("sd::Codes", "Split"), "已拆分"})
SD_TABLE(CareOccasion,
         {CareOccasion::Birthday, "birthday", QT_TRANSLATE_NOOP("sd::Codes", "Birthday"), "生日"},
         {CareOccasion::Anniversary, "anniversary", QT_TRANSLATE_NOOP("sd::Codes", "Anniversary"), "合作周年"},
         {CareOccasion::Holiday, "holiday", QT_TRANSLATE_NOOP("sd::Codes", "Holiday"), "节日"})
SD_TABLE(ReturnReason,
         {ReturnReason::FirstUse, "first_use", QT_TRANSLATE_NOOP("sd::Codes", "First use"), "首次使用回访"},
         {ReturnReason::FollowUp, "follow_up", QT_TRANSLATE_NOOP("sd::Codes", "After a ticket"), "工单回访"},
         {ReturnReason::Periodic, "periodic", QT_TRANSLATE_NOOP("sd::Codes", "Periodic"), "定期回访"})
SD_TABLE(ReturnOutcome,
         {ReturnOutcome::Satisfied, "satisfied", QT_TRANSLATE_NOOP("sd::Codes", "Satisfied"), "满意"},
         {ReturnOutcome::IssuePersists, "issue_persists", QT_TRANSLATE_NOOP("sd::Codes", "Issue persists"), "问题仍在"},
         {ReturnOutcome::NewNeed, "new_need", QT_TRANSLATE_NOOP("sd::Codes", "New need"), "新需求"},
         {ReturnOutcome::Unreachable, "unreachable", QT_TRANSLATE_NOOP("sd::Codes", "Unreachable"), "联系不上"})
SD_TABLE(ArticleStatus,
         {ArticleStatus::Draft, "draft", QT_TRANSLATE_NOOP("sd::Codes", "Draft"), "草稿"},
         {ArticleStatus::Published, "published", QT_TRANSLATE_NOOP("sd::Codes", "Published"), "已发布"},
         {ArticleStatus::Archived, "archived", QT_TRANSLATE_NOOP("sd::Codes", "Archived"), "已归档"})
SD_TABLE(QaStatus,
         {QaStatus::Queued, "queued", QT_TRANSLATE_NOOP("sd::Codes", "To review"), "待质检"},
         {QaStatus::Done, "done", QT_TRANSLATE_NOOP("sd::Codes", "Reviewed"), "已质检"},
         {QaStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("sd::Codes", "Acknowledged"), "已确认"},
         {QaStatus::Disputed, "disputed", QT_TRANSLATE_NOOP("sd::Codes", "Disputed"), "申诉中"},
         {QaStatus::Escalated, "escalated", QT_TRANSLATE_NOOP("sd::Codes", "Escalated to a supervisor"), "已升级主管"},
         {QaStatus::Settled, "settled", QT_TRANSLATE_NOOP("sd::Codes", "Dispute settled"), "申诉已裁定"})
SD_TABLE(QaStep,
         {QaStep::Sampled, "sampled", QT_TRANSLATE_NOOP("sd::Codes", "Drawn for a quality review"), "抽中质检"},
         {QaStep::Calibration, "calibration", QT_TRANSLATE_NOOP("sd::Codes", "Taken for a calibration review"), "选作校准质检"},
         {QaStep::Reviewed, "reviewed", QT_TRANSLATE_NOOP("sd::Codes", "Quality reviewed"), "已质检评分"},
         {QaStep::FailedCritical, "failed_critical", QT_TRANSLATE_NOOP("sd::Codes", "Failed on a critical criterion"), "关键项不合格"},
         {QaStep::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("sd::Codes", "Review acknowledged"), "已确认质检结果"},
         {QaStep::Disputed, "disputed", QT_TRANSLATE_NOOP("sd::Codes", "Review disputed"), "对质检结果申诉"},
         {QaStep::Escalated, "escalated", QT_TRANSLATE_NOOP("sd::Codes", "Dispute taken to a supervisor"), "申诉提交主管"},
         {QaStep::Settled, "settled", QT_TRANSLATE_NOOP("sd::Codes", "Dispute answered, score kept"), "申诉已答复，维持评分"},
         {QaStep::Revised, "revised", QT_TRANSLATE_NOOP("sd::Codes", "Dispute answered, score revised"), "申诉已答复，修改评分"})
SD_TABLE(RiskKind,
         {RiskKind::ProductQuality, "product_quality", QT_TRANSLATE_NOOP("sd::Codes", "Product quality"), "产品质量"},
         {RiskKind::ComplaintSurge, "complaint_surge", QT_TRANSLATE_NOOP("sd::Codes", "Complaint surge"), "投诉激增"},
         {RiskKind::LegalDispute, "legal_dispute", QT_TRANSLATE_NOOP("sd::Codes", "Legal dispute"), "法律纠纷"},
         {RiskKind::DataSecurity, "data_security", QT_TRANSLATE_NOOP("sd::Codes", "Data security"), "数据安全"},
         {RiskKind::Logistics, "logistics", QT_TRANSLATE_NOOP("sd::Codes", "Logistics"), "物流"},
         {RiskKind::Staffing, "staffing", QT_TRANSLATE_NOOP("sd::Codes", "Staffing"), "人员配备"},
         {RiskKind::Other, "other", QT_TRANSLATE_NOOP("sd::Codes", "Other risk"), "其他风险"})
SD_TABLE(RiskStatus,
         {RiskStatus::Open, "open", QT_TRANSLATE_NOOP("sd::Codes", "Open risk"), "待处理"},
         {RiskStatus::Mitigating, "mitigating", QT_TRANSLATE_NOOP("sd::Codes", "Being mitigated"), "应对中"},
         {RiskStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("sd::Codes", "Accepted"), "已接受"},
         {RiskStatus::Closed, "closed", QT_TRANSLATE_NOOP("sd::Codes", "Closed risk"), "已关闭"})
SD_TABLE(ReportPeriod,
         {ReportPeriod::Yesterday, "yesterday", QT_TRANSLATE_NOOP("sd::Codes", "Yesterday, every day"), "每天：前一天"},
         {ReportPeriod::LastWeek, "last_week", QT_TRANSLATE_NOOP("sd::Codes", "Last week, every Monday"), "每周一：上周"},
         {ReportPeriod::LastMonth, "last_month", QT_TRANSLATE_NOOP("sd::Codes", "Last month, on the 1st"), "每月 1 日：上月"})
SD_TABLE(AuditKind,
         {AuditKind::SignedIn, "signed_in", QT_TRANSLATE_NOOP("sd::Codes", "Signed in"), "登录"},
         {AuditKind::SignInFailed, "sign_in_failed", QT_TRANSLATE_NOOP("sd::Codes", "Sign-in failed"), "登录失败"},
         {AuditKind::SignInLocked, "sign_in_locked", QT_TRANSLATE_NOOP("sd::Codes", "Sign-in refused: locked"), "登录被拒：已锁定"},
         {AuditKind::SignedOut, "signed_out", QT_TRANSLATE_NOOP("sd::Codes", "Signed out"), "退出登录"},
         {AuditKind::Denied, "denied", QT_TRANSLATE_NOOP("sd::Codes", "Action refused"), "操作被拒绝"},
         {AuditKind::UserAdded, "user_added", QT_TRANSLATE_NOOP("sd::Codes", "User added"), "新增用户"},
         {AuditKind::UserChanged, "user_changed", QT_TRANSLATE_NOOP("sd::Codes", "User changed"), "用户变更"},
         {AuditKind::PasswordChanged, "password_changed", QT_TRANSLATE_NOOP("sd::Codes", "Password changed"), "密码变更"})

#undef SD_TABLE

template <typename E>
const CodeRow<E>* rowOf(E value)
{
    for (const auto& row : CodeTable<E>::rows)
        if (row.value == value)
            return &row;
    return nullptr;
}

} // namespace

template <typename E>
QString toCode(E value)
{
    const auto* row = rowOf(value);
    return row ? QString::fromLatin1(row->code) : QString();
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto& row : CodeTable<E>::rows)
        if (code == QLatin1String(row.code))
            return row.value;
    return std::nullopt;
}

template <typename E>
std::optional<E> fromCodeOrLabel(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    for (const auto& row : CodeTable<E>::rows) {
        if (trimmed.compare(QLatin1String(row.code), Qt::CaseInsensitive) == 0
            || trimmed.compare(QLatin1String(row.label), Qt::CaseInsensitive) == 0
            || trimmed == QString::fromUtf8(row.chineseLabel))
            return row.value;
    }
    return std::nullopt;
}

template <typename E>
QString toLabel(E value)
{
    const auto* row = rowOf(value);
    return row ? QCoreApplication::translate("sd::Codes", row->label) : QString();
}

template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto& row : CodeTable<E>::rows)
        values.append(row.value);
    return values;
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto& row : CodeTable<E>::rows)
        codes.append(QString::fromLatin1(row.code));
    return codes;
}

#define SD_INSTANTIATE(E)                                                                                    \
    template QString toCode<E>(E);                                                                           \
    template std::optional<E> fromCode<E>(QStringView);                                                      \
    template std::optional<E> fromCodeOrLabel<E>(QStringView);                                               \
    template QString toLabel<E>(E);                                                                          \
    template QList<E> allValues<E>();                                                                        \
    template QStringList allCodes<E>();

SD_INSTANTIATE(Channel)
SD_INSTANTIATE(Category)
SD_INSTANTIATE(Priority)
SD_INSTANTIATE(TicketStatus)
SD_INSTANTIATE(Role)
SD_INSTANTIATE(SupportLevel)
SD_INSTANTIATE(CustomerKind)
SD_INSTANTIATE(Action)
SD_INSTANTIATE(AuditKind)
SD_INSTANTIATE(ComplaintStage)
SD_INSTANTIATE(ComplaintCause)
SD_INSTANTIATE(Remedy)
SD_INSTANTIATE(CostKind)
SD_INSTANTIATE(Acceptance)
SD_INSTANTIATE(VisitStatus)
SD_INSTANTIATE(VisitFailure)
SD_INSTANTIATE(ConsentMethod)
SD_INSTANTIATE(AssignmentMode)
SD_INSTANTIATE(Availability)
SD_INSTANTIATE(LinkKind)
SD_INSTANTIATE(CareOccasion)
SD_INSTANTIATE(ReturnReason)
SD_INSTANTIATE(ReturnOutcome)
SD_INSTANTIATE(ReportPeriod)
SD_INSTANTIATE(ArticleStatus)
SD_INSTANTIATE(QaStatus)
SD_INSTANTIATE(QaStep)
SD_INSTANTIATE(RiskKind)
SD_INSTANTIATE(RiskStatus)

} // namespace sd
