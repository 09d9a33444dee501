using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectionsPlatform.Cases.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HoldId",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "HoldPlacedAt",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "HoldReason",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "HoldSource",
                table: "cases");

            migrationBuilder.CreateTable(
                name: "case_holds",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HoldId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_holds", x => new { x.CaseId, x.HoldId });
                    table.ForeignKey(
                        name: "FK_case_holds_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_holds");

            migrationBuilder.AddColumn<string>(
                name: "HoldId",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HoldPlacedAt",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldReason",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldSource",
                table: "cases",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);
        }
    }
}
