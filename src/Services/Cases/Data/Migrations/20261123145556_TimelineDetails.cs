using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollectionsPlatform.Cases.Data.Migrations
{
    /// <inheritdoc />
    public partial class TimelineDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "case_events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FromValue",
                table: "case_events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelatedId",
                table: "case_events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "case_events",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ToValue",
                table: "case_events",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Code",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "FromValue",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "RelatedId",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "case_events");

            migrationBuilder.DropColumn(
                name: "ToValue",
                table: "case_events");
        }
    }
}
