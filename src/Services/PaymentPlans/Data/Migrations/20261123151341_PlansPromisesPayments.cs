using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CollectionsPlatform.PaymentPlans.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlansPromisesPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "affordability_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    MonthlyIncome = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    FixedExpenses = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    OtherDebtService = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    AffordableShareBps = table.Column<int>(type: "integer", nullable: false),
                    DisposableIncome = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    MaxInstalment = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    AssessorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_affordability_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_allocations",
                columns: table => new
                {
                    PaymentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CarriedForward = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    PromiseIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    AllocatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_allocations", x => x.PaymentId);
                });

            migrationBuilder.CreateTable(
                name: "payment_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Principal = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    MonthlyRate = table.Column<decimal>(type: "numeric(28,20)", precision: 28, scale: 20, nullable: false),
                    AnnualRateBps = table.Column<int>(type: "integer", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    FirstDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DeferralMonths = table.Column<int>(type: "integer", nullable: false),
                    DeferralInterestAccrues = table.Column<bool>(type: "boolean", nullable: false),
                    CapitalisedInterest = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Discount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    ApprovalReasons = table.Column<int[]>(type: "integer[]", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    WithinAffordability = table.Column<bool>(type: "boolean", nullable: false),
                    PolicyVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GraceDays = table.Column<int>(type: "integer", nullable: false),
                    ReplacesPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    AcceptanceChannel = table.Column<int>(type: "integer", nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CarriedForward = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_requests",
                columns: table => new
                {
                    RequestId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResourceName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_requests", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "promises_to_pay",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    PromisedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    GraceDays = table.Column<int>(type: "integer", nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AgentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ContactAttempt = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises_to_pay", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_evidence",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_evidence", x => new { x.AssessmentId, x.Position });
                    table.ForeignKey(
                        name: "FK_assessment_evidence_affordability_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "affordability_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_allocation_lines",
                columns: table => new
                {
                    PaymentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstalmentNumber = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_allocation_lines", x => new { x.PaymentId, x.Position });
                    table.ForeignKey(
                        name: "FK_payment_allocation_lines_payment_allocations_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payment_allocations",
                        principalColumn: "PaymentId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_approvals",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Justification = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_approvals", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_plan_approvals_payment_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "payment_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_confirmations",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_confirmations", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_plan_confirmations_payment_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "payment_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_instalments",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Principal = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Interest = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_instalments", x => new { x.PlanId, x.Number });
                    table.ForeignKey(
                        name: "FK_plan_instalments_payment_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "payment_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_affordability_assessments_CaseId",
                table: "affordability_assessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_allocations_CaseId",
                table: "payment_allocations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_plans_CaseId_Sequence",
                table: "payment_plans",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_plans_Sequence",
                table: "payment_plans",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_plans_State",
                table: "payment_plans",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_plan_confirmations_DocumentId",
                table: "plan_confirmations",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_instalments_Status_DueDate",
                table: "plan_instalments",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_to_pay_CaseId_Sequence",
                table: "promises_to_pay",
                columns: new[] { "CaseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_to_pay_Sequence",
                table: "promises_to_pay",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_promises_to_pay_Status_PromisedDate",
                table: "promises_to_pay",
                columns: new[] { "Status", "PromisedDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_evidence");

            migrationBuilder.DropTable(
                name: "payment_allocation_lines");

            migrationBuilder.DropTable(
                name: "plan_approvals");

            migrationBuilder.DropTable(
                name: "plan_confirmations");

            migrationBuilder.DropTable(
                name: "plan_instalments");

            migrationBuilder.DropTable(
                name: "plan_requests");

            migrationBuilder.DropTable(
                name: "promises_to_pay");

            migrationBuilder.DropTable(
                name: "affordability_assessments");

            migrationBuilder.DropTable(
                name: "payment_allocations");

            migrationBuilder.DropTable(
                name: "payment_plans");
        }
    }
}
