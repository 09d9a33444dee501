using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A service database with no tables of its own: migration creates it and its history table.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options);
